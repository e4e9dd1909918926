import { sql, type Kysely } from 'kysely';

// Indexes found by the benchmark (bench/, README « Performance »), each for one query.
export async function up(db: Kysely<any>): Promise<void> {
  // The adviser's inbox « en retard » and « à échéance » (requests/repository.ts, filtered):
  // their own unanswered requests, or the unassigned ones of their départements. Without it
  // the plan walks every overdue request of the country through requests_due_open_idx.
  await sql`create index requests_unanswered_by_assignee_idx on requests (assignee_id, departement_code, first_response_due_at)
    where first_responded_at is null and status <> 'closed'`.execute(db);
  // The load of each adviser when a new request is assigned (requests/assignment.ts): open
  // requests only, instead of the adviser's whole history.
  await sql`create index requests_active_by_assignee_idx on requests (assignee_id) where status <> 'closed'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index requests_active_by_assignee_idx`.execute(db);
  await sql`drop index requests_unanswered_by_assignee_idx`.execute(db);
}
