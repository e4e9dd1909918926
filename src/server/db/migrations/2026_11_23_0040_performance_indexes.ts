import { sql, type Kysely } from 'kysely';

// Indexes found by the benchmark (bench/, README « Performance »), each for named queries.
// Partial indexes on the requests still open: a few thousand rows in the country, however many
// years of closed requests the table keeps.
export async function up(db: Kysely<any>): Promise<void> {
  // The adviser's inbox « en retard » and « à échéance » (requests/repository.ts, filtered):
  // their own unanswered requests, or the unassigned ones of their départements. Without it
  // the plan walks every overdue request of the country through requests_due_open_idx.
  await sql`create index requests_unanswered_by_assignee_idx on requests (assignee_id, departement_code, first_response_due_at)
    where first_responded_at is null and status <> 'closed'`.execute(db);
  // The load of each adviser when a new request is assigned (requests/assignment.ts) and in the
  // reports' workload (reports/activity-queries.ts workloadFigures), and the unassigned open
  // requests of an académie: open requests only, instead of each adviser's whole history.
  await sql`create index requests_active_by_assignee_idx on requests (assignee_id, academie_code) where status <> 'closed'`.execute(db);
  // Overdue open requests of an académie (reports overdueOpen).
  await sql`create index requests_unanswered_by_academie_idx on requests (academie_code, first_response_due_at)
    where first_responded_at is null and status <> 'closed'`.execute(db);
  // Requests closed in a period within an académie or a département (reports closedFigures):
  // requests_closed_idx alone reads the whole country's closures of the period.
  await sql`create index requests_closed_by_academie_idx on requests (academie_code, closed_at) where closed_at is not null`.execute(db);
  await sql`create index requests_closed_by_departement_idx on requests (departement_code, closed_at) where closed_at is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['requests_closed_by_departement_idx', 'requests_closed_by_academie_idx', 'requests_unanswered_by_academie_idx',
    'requests_active_by_assignee_idx', 'requests_unanswered_by_assignee_idx']) {
    await sql`drop index ${sql.ref(index)}`.execute(db);
  }
}
