import type { Executor } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import type { ArchivedIssue, ArchivedIssues } from '../../../shared/contracts/newsletters.ts';
import { loadIssueContent } from './issue-content.ts';

/** Public: the issues an académie sent, newest first. */
export async function listArchive(db: Executor, academie: string): Promise<ArchivedIssues> {
  const rows = await db.selectFrom('newsletter_issues').select(['id', 'kind', 'title', 'sent_at', 'sending_started_at'])
    .where('academie_code', '=', academie).where('status', 'in', ['sending', 'sent'])
    .orderBy('sending_started_at', 'desc').limit(200).execute();
  return { items: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, sentAt: (r.sent_at ?? r.sending_started_at ?? new Date()).toISOString() })) };
}

/** Public: one issue as it was sent, every « focus » included; an issue not sent is unknown. */
export async function readArchivedIssue(db: Executor, id: string): Promise<ArchivedIssue> {
  const row = await db.selectFrom('newsletter_issues').select(['id', 'academie_code', 'kind', 'title', 'editorial', 'items', 'sections', 'sent_at', 'sending_started_at'])
    .where('id', '=', id).where('status', 'in', ['sending', 'sent']).executeTakeFirst();
  if (!row) throw notFound('Cette lettre d’information est introuvable.');
  return loadIssueContent(db, { ...row, sent_at: row.sent_at ?? row.sending_started_at });
}
