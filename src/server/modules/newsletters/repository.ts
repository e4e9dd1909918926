import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import type { NewsletterProgress } from '../../../shared/contracts/newsletters.ts';

/** Every column of an issue the presenters read, with its authors' names. */
export function selectIssues(db: Executor) {
  return db.selectFrom('newsletter_issues as n')
    .innerJoin('persons as c', 'c.id', 'n.created_by')
    .innerJoin('persons as u', 'u.id', 'n.updated_by')
    .leftJoin('persons as a', 'a.id', 'n.approved_by')
    .select([
      'n.id', 'n.academie_code', 'n.kind', 'n.title', 'n.editorial', 'n.items', 'n.sections', 'n.audience_departements', 'n.audience_categories',
      'n.status', 'n.send_at', 'n.created_by', 'n.updated_by', 'n.approved_by', 'n.approved_at', 'n.sent_at', 'n.updated_at', 'n.recipient_count',
      'c.display_name as created_by_name', 'u.display_name as updated_by_name', 'a.display_name as approved_by_name',
    ]);
}
export type IssueRecord = Awaited<ReturnType<ReturnType<typeof selectIssues>['executeTakeFirstOrThrow']>>;

/** The issues an editor reads: those of the académies they edit; none without an editor grant (fail closed). */
export function issuesVisibleTo(db: Executor, scope: { everywhere: boolean; academies: string[] }) {
  const query = selectIssues(db);
  if (scope.everywhere) return query;
  if (scope.academies.length === 0) return query.where(sql<boolean>`false`);
  return query.where('n.academie_code', 'in', scope.academies);
}

/** Sent, failed and still to send, counted from the send rows. */
export async function issueProgress(db: Executor, issueId: string): Promise<NewsletterProgress> {
  const row = await db.selectFrom('newsletter_sends').where('issue_id', '=', issueId).select([
    sql<number>`count(*)::int`.as('recipients'),
    sql<number>`(count(*) filter (where status = 'sent'))::int`.as('sent'),
    sql<number>`(count(*) filter (where status = 'failed'))::int`.as('failed'),
    sql<number>`(count(*) filter (where status in ('pending', 'queued')))::int`.as('remaining'),
    sql<number>`(count(*) filter (where unsubscribed_at is not null))::int`.as('unsubscribed'),
  ]).executeTakeFirstOrThrow();
  return row;
}

/**
 * The recipients of an issue: the active agents of its académie (narrowed to its départements and
 * categories) who subscribe to its kind, by their own choice or, without one, by the académie's default.
 * Written as one INSERT … SELECT: 35,000 rows are a single statement; ON CONFLICT makes it safe to run twice.
 */
export async function expandRecipients(db: Executor, issue: { id: string; academie_code: string; kind: 'quarterly' | 'weekly_flash'; audience_departements: string[]; audience_categories: string[] }) {
  const kindDefault = issue.kind === 'quarterly' ? sql.ref('d.quarterly') : sql.ref('d.weekly_flash');
  const departements = issue.audience_departements.length ? sql`and p.departement_code in (${sql.join(issue.audience_departements)})` : sql``;
  const categories = issue.audience_categories.length ? sql`and p.category in (${sql.join(issue.audience_categories)})` : sql``;
  const result = await sql`
    insert into newsletter_sends (issue_id, person_id, category)
    select ${issue.id}::uuid, p.id, p.category
    from persons p
    left join newsletter_subscriptions s on s.person_id = p.id and s.kind = ${issue.kind}
    left join newsletter_defaults d on d.academie_code = p.academie_code
    where p.active and p.academie_code = ${issue.academie_code} ${departements} ${categories}
      and exists (select 1 from role_assignments r where r.person_id = p.id and r.role = 'agent')
      and coalesce(s.subscribed, ${kindDefault}, true)
    on conflict (issue_id, person_id) do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
