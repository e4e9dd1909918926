import type { CurrentUser } from '../../auth/current-user.ts';
import { can, type NewsletterFacts } from '../../policies/index.ts';
import type { NewsletterIssue, NewsletterIssueSummary, NewsletterItemRef, NewsletterProgress, NewsletterSection } from '../../../shared/contracts/newsletters.ts';
import type { AgentCategory } from '../../../shared/glossary.ts';
import type { IssueRecord } from './repository.ts';

export function newsletterFacts(row: { academie_code: string; status: NewsletterFacts['status']; updated_by: string }): NewsletterFacts {
  return { academieCode: row.academie_code, status: row.status, updatedBy: row.updated_by };
}

export function presentIssue(row: IssueRecord, user: CurrentUser, progress: NewsletterProgress): NewsletterIssue {
  const facts = newsletterFacts(row);
  return {
    id: row.id,
    academie: row.academie_code,
    kind: row.kind,
    title: row.title,
    editorial: row.editorial,
    items: row.items as NewsletterItemRef[],
    sections: row.sections as NewsletterSection[],
    audience: { departements: row.audience_departements, categories: row.audience_categories as AgentCategory[] },
    status: row.status,
    sendAt: row.send_at?.toISOString() ?? null,
    createdBy: { id: row.created_by, displayName: row.created_by_name },
    updatedBy: { id: row.updated_by, displayName: row.updated_by_name },
    approvedBy: row.approved_by ? { id: row.approved_by, displayName: row.approved_by_name ?? '' } : null,
    approvedAt: row.approved_at?.toISOString() ?? null,
    sentAt: row.sent_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    progress,
    abilities: {
      edit: can(user, 'newsletter.edit', facts),
      submit: can(user, 'newsletter.submit', facts),
      approve: can(user, 'newsletter.approve', facts),
      cancel: can(user, 'newsletter.cancel', facts),
    },
  };
}

export function presentIssueSummary(row: IssueRecord): NewsletterIssueSummary {
  return {
    id: row.id, academie: row.academie_code, kind: row.kind, title: row.title, status: row.status,
    sendAt: row.send_at?.toISOString() ?? null, sentAt: row.sent_at?.toISOString() ?? null, updatedAt: row.updated_at.toISOString(),
  };
}
