import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import { createTestDatabase } from '../../../../tests/support/test-database.ts';
import { alertOverdueRequests, anonymiseExpiredRequests, OVERDUE_ALERT_WINDOW_DAYS, sendHoldingMessages } from './jobs.ts';
import { firstResponseDueAt, holdingMessageDate } from './commitments.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

/** A fresh request of the Somme agent submitted at `at` (the clock of the test), answer awaited. */
async function requestSubmittedAt(at: Date) {
  const agent = await t.signInAs(DEMO.agentSomme);
  const created = (await t.call(agent, 'POST', '/api/requests', {
    topic: 'training_project', subject: 'Préparer l’agrégation interne', description: 'Texte libre', contactPreference: 'email',
  })).json();
  const due = firstResponseDueAt(at, 5, '80');
  await t.db.updateTable('requests').set({ created_at: at, first_response_due_at: due } as never).where('id', '=', created.id).execute();
  return { id: created.id as string, reference: created.reference as string, due };
}

const mailsFor = async (template: string, reference: string) => (await t.queuedMails()).filter((m) => m.template === template && m.data.reference === reference);

describe('the holding message', () => {
  it('goes once, on the working day before the due date, never before, even with two workers racing', async () => {
    const submitted = new Date('2026-12-21T09:00:00Z');
    const { id, reference, due } = await requestSubmittedAt(submitted);
    const sendAt = holdingMessageDate(due, 1, '80');
    expect(await sendHoldingMessages(t.db, t.notifier, new Date(sendAt.getTime() - 60_000))).toBe(0);
    expect(await mailsFor('request.holding', reference)).toHaveLength(0);

    const now = new Date(sendAt.getTime() + 60_000);
    const [a, b] = await Promise.all([sendHoldingMessages(t.db, t.notifier, now), sendHoldingMessages(t.db, t.notifier, now)]);
    expect(await mailsFor('request.holding', reference)).toHaveLength(1);
    expect(a + b).toBeGreaterThanOrEqual(1);
    expect(await sendHoldingMessages(t.db, t.notifier, new Date(now.getTime() + 3_600_000))).toBe(0);
    expect(await mailsFor('request.holding', reference)).toHaveLength(1);
    const events = await t.db.selectFrom('request_events').select('kind').where('request_id', '=', id).where('kind', '=', 'holding_message_sent').execute();
    expect(events).toHaveLength(1);
  });

  it('is not sent for a request already answered', async () => {
    const { id, reference, due } = await requestSubmittedAt(new Date('2026-12-22T09:00:00Z'));
    await t.db.updateTable('requests').set({ first_responded_at: new Date('2026-12-22T10:00:00Z') }).where('id', '=', id).execute();
    await sendHoldingMessages(t.db, t.notifier, new Date(due.getTime() - 3_600_000));
    expect(await mailsFor('request.holding', reference)).toHaveLength(0);
  });
});

describe('the overdue alert', () => {
  it('tells the coordinator once when the due date has passed, and nothing before', async () => {
    const { reference, due } = await requestSubmittedAt(new Date('2026-12-23T09:00:00Z'));
    await alertOverdueRequests(t.db, t.notifier, new Date(due.getTime() - 1000));
    expect(await mailsFor('request.overdue.coordinator', reference)).toHaveLength(0);
    const after = new Date(due.getTime() + 1000);
    await Promise.all([alertOverdueRequests(t.db, t.notifier, after), alertOverdueRequests(t.db, t.notifier, after)]);
    await alertOverdueRequests(t.db, t.notifier, new Date(after.getTime() + 86_400_000));
    const alerts = await mailsFor('request.overdue.coordinator', reference);
    expect(alerts.map((m) => m.to)).toEqual([DEMO.coordinator]);
  });

  it('says nothing of a due date missed before the last three days: that is history, not news', async () => {
    const missedLongAgo = await requestSubmittedAt(new Date('2027-01-04T09:00:00Z'));
    const missedYesterday = await requestSubmittedAt(new Date('2027-01-07T09:00:00Z'));
    const now = new Date(missedYesterday.due.getTime() + 86_400_000);
    expect(now.getTime() - missedLongAgo.due.getTime()).toBeGreaterThan(OVERDUE_ALERT_WINDOW_DAYS * 86_400_000);
    await alertOverdueRequests(t.db, t.notifier, now);
    expect(await mailsFor('request.overdue.coordinator', missedLongAgo.reference)).toHaveLength(0);
    expect(await mailsFor('request.overdue.coordinator', missedYesterday.reference)).toHaveLength(1);
    const stillLate = await t.db.selectFrom('requests').select('overdue_alerted_at').where('id', '=', missedLongAgo.id).executeTakeFirstOrThrow();
    expect(stillLate.overdue_alerted_at).toBeNull();
  });
});

describe('retention', () => {
  it('anonymises requests closed more than five years ago, keeping the figures', async () => {
    const database = await createTestDatabase();
    try {
      const old = await database.db.selectFrom('requests').select(['id', 'topic', 'response_type']).where('status', '=', 'closed').executeTakeFirstOrThrow();
      await database.db.updateTable('requests').set({ closed_at: new Date('2020-01-10T10:00:00Z') }).where('id', '=', old.id).execute();
      const recent = await database.db.selectFrom('requests').select('id').where('status', '=', 'closed').where('id', '!=', old.id).executeTakeFirstOrThrow();
      await database.db.insertInto('request_messages').values({ request_id: old.id, author_id: null, from_staff: true, body: 'Texte à effacer' }).execute();
      expect(await anonymiseExpiredRequests(database.db, new Date('2026-11-23T00:00:00Z'))).toBe(1);
      const row = await database.db.selectFrom('requests').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ description: null, closing_summary: null, subject: 'Demande anonymisée', topic: old.topic, response_type: old.response_type });
      expect(row.anonymised_at).not.toBeNull();
      const bodies = await database.db.selectFrom('request_messages').select('body').where('request_id', '=', old.id).execute();
      expect(bodies.every((b) => b.body === null)).toBe(true);
      expect((await database.db.selectFrom('requests').select('anonymised_at').where('id', '=', recent.id).executeTakeFirstOrThrow()).anonymised_at).toBeNull();
      expect(await anonymiseExpiredRequests(database.db, new Date('2026-11-23T00:00:00Z'))).toBe(0);
    } finally {
      await database.close();
    }
  });
});
