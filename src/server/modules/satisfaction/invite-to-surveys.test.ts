import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';
import { queuedMailSender } from '../../mail/jobs.ts';
import { inviteToSurveys } from './invite-to-surveys.ts';
import { SURVEY_INVITE_JOB } from './jobs.ts';
import { surveyMails, type SurveyMails } from './mails.ts';
import { hashSurveyToken } from './tokens.ts';
import { testMailbox } from './test-mailbox.ts';

let t: TestApp;
let mails: SurveyMails;
beforeAll(async () => {
  t = await createTestApp();
  mails = surveyMails(queuedMailSender(t.jobs));
});
afterAll(async () => t?.close());

const DAY = 86_400_000;

/** A request of the Somme agent, closed at `closedAt` (the clock of the test). */
async function requestClosedAt(closedAt: Date) {
  const agent = await t.signInAs(DEMO.agentSomme);
  const created = (await t.call(agent, 'POST', '/api/requests', {
    topic: 'training_project', subject: 'Préparer l’agrégation interne', description: 'Texte libre', contactPreference: 'email',
  })).json();
  await t.db.updateTable('requests').set({ status: 'closed', closed_at: closedAt, response_type: 'information_individual' })
    .where('id', '=', created.id).execute();
  return { id: created.id as string, reference: created.reference as string };
}

const invitationsFor = async (reference: string) =>
  (await t.queuedMails()).filter((m) => m.template === 'survey.invitation' && m.data.reference === reference);
const surveysOf = (requestId: string) => t.db.selectFrom('satisfaction_surveys').selectAll().where('request_id', '=', requestId).execute();

describe('the survey invitation job', () => {
  it('invites once, after the académie’s delay in calendar days, even with two workers racing', async () => {
    const closedAt = new Date('2027-03-01T15:00:00Z');
    const { id, reference } = await requestClosedAt(closedAt);

    await inviteToSurveys(t.db, mails, new Date(closedAt.getTime() + 2 * DAY - 60_000));
    expect(await invitationsFor(reference)).toHaveLength(0);
    expect(await surveysOf(id)).toHaveLength(0);

    const now = new Date(closedAt.getTime() + 2 * DAY + 60_000);
    await Promise.all([inviteToSurveys(t.db, mails, now), inviteToSurveys(t.db, mails, now)]);
    await inviteToSurveys(t.db, mails, new Date(now.getTime() + 10 * 60_000));

    const [mail, ...others] = await invitationsFor(reference);
    expect(others).toHaveLength(0);
    expect(mail!.to).toBe(DEMO.agentSomme);
    const surveys = await surveysOf(id);
    expect(surveys).toHaveLength(1);
    // The queue holds the survey's id, never a link: no token exists before the mail leaves.
    expect(mail!.data).toEqual({ reference, secretLink: { kind: 'survey', id: surveys[0]!.id }, expiresAt: new Date(now.getTime() + 30 * DAY).toISOString() });
    expect(surveys[0]!.token_hash).toBeNull();
    expect(surveys[0]!.sent_at.toISOString()).toBe(now.toISOString());

    // Delivered, the mail carries the link; only the hash of its token is stored.
    const mailbox = testMailbox(t.db, t.config.publicUrl);
    await mailbox.deliver();
    const [sent, ...more] = mailbox.tokens('enquete').filter((x) => x.mail.subject.includes(reference));
    expect(more).toHaveLength(0);
    expect(sent!.mail.to).toBe(DEMO.agentSomme);
    const [survey] = await surveysOf(id);
    expect(survey!.token_hash).toBe(hashSurveyToken(sent!.token));
    expect(JSON.stringify(survey)).not.toContain(sent!.token);
  });

  it('follows the académie’s own delay', async () => {
    await t.db.insertInto('academie_settings').values({ academie_code: 'AMIENS', survey_delay_days: 5 })
      .onConflict((oc) => oc.column('academie_code').doUpdateSet({ survey_delay_days: 5 })).execute();
    try {
      const closedAt = new Date('2027-04-01T09:00:00Z');
      const { reference } = await requestClosedAt(closedAt);
      await inviteToSurveys(t.db, mails, new Date(closedAt.getTime() + 4 * DAY));
      expect(await invitationsFor(reference)).toHaveLength(0);
      await inviteToSurveys(t.db, mails, new Date(closedAt.getTime() + 5 * DAY + 1000));
      expect(await invitationsFor(reference)).toHaveLength(1);
    } finally {
      await t.db.updateTable('academie_settings').set({ survey_delay_days: 2 }).where('academie_code', '=', 'AMIENS').execute();
    }
  });

  it('sends nothing for a request closed more than 30 days ago, reopened, or anonymised', async () => {
    const closedAt = new Date('2027-05-03T09:00:00Z');
    const old = await requestClosedAt(new Date(closedAt.getTime() - 29 * DAY));
    const reopened = await requestClosedAt(closedAt);
    const anonymised = await requestClosedAt(closedAt);
    await t.db.updateTable('requests').set({ status: 'in_progress', closed_at: null }).where('id', '=', reopened.id).execute();
    await t.db.updateTable('requests').set({ anonymised_at: closedAt }).where('id', '=', anonymised.id).execute();
    await inviteToSurveys(t.db, mails, new Date(closedAt.getTime() + 3 * DAY));
    for (const request of [old, reopened, anonymised]) expect(await invitationsFor(request.reference)).toHaveLength(0);
  });

  it('is scheduled every ten minutes on the durable queue', async () => {
    const schedules = await t.jobs.findSchedules(SURVEY_INVITE_JOB);
    expect(schedules.map((s) => s.cron)).toEqual(['*/10 * * * *']);
  });
});
