import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MailSender } from '../../mail/sender.ts';

/**
 * What the request module tells people, decided inside the transaction of the change so that
 * a notice exists only if the change committed. Implemented over the mail queue; carries ids
 * only, the mail templates take the reference, subject line and link and nothing else.
 */
export interface RequestNotifier {
  /** Told by the submission, which knows every fact of the mail: nothing is read again. */
  acknowledged(trx: Transaction<DB>, event: AcknowledgedRequest): Promise<void>;
  answered(trx: Transaction<DB>, event: { requestId: string }): Promise<void>;
  holding(trx: Transaction<DB>, event: { requestId: string }): Promise<void>;
  overdue(trx: Transaction<DB>, event: { requestId: string; academieCode: string }): Promise<void>;
  brokenGlass(trx: Transaction<DB>, event: { requestId: string; academieCode: string }): Promise<void>;
  /** Tells whoever handles the request (its adviser, else the coordinators), never the one who reopened it. */
  reopened(trx: Transaction<DB>, event: { requestId: string; byId: string; byAgent: boolean }): Promise<void>;
}

export interface AcknowledgedRequest {
  requestId: string;
  reference: string;
  subject: string;
  sensitive: boolean;
  dueAt: Date;
  agentEmail: string;
  academieCode: string;
  assigneeName: string | null;
}

async function requestFacts(trx: Transaction<DB>, requestId: string) {
  return trx.selectFrom('requests as r')
    .innerJoin('persons as agent', 'agent.id', 'r.agent_id')
    .leftJoin('persons as assignee', 'assignee.id', 'r.assignee_id')
    .select(['r.id', 'r.reference', 'r.subject', 'r.sensitive', 'r.first_response_due_at', 'r.academie_code', 'r.departement_code',
      'agent.email as agent_email', 'assignee.display_name as assignee_name', 'r.assignee_id', 'assignee.email as assignee_email',
      'assignee.active as assignee_active'])
    .where('r.id', '=', requestId)
    .executeTakeFirstOrThrow();
}

/** The e-mail addresses of the holders of a role over an académie (or one of its départements). */
async function staffEmails(trx: Transaction<DB>, role: 'coordinator' | 'admin', academieCode: string, departementCode?: string, exceptId?: string) {
  const rows = await trx.selectFrom('role_assignments as ra').innerJoin('persons as p', 'p.id', 'ra.person_id')
    .select('p.email').distinct()
    .$if(exceptId !== undefined, (q) => q.where('p.id', '!=', exceptId!))
    .where('ra.role', '=', role).where('p.active', '=', true)
    .where((eb) => eb.or([
      eb.and([eb('ra.territory_level', '=', 'academie'), eb('ra.territory_code', '=', academieCode)]),
      ...(departementCode ? [eb.and([eb('ra.territory_level', '=', 'departement'), eb('ra.territory_code', '=', departementCode)])] : []),
    ]))
    .execute();
  return rows.map((r) => r.email);
}

/**
 * The request notices, as mails. A mail carries the reference, the request's subject line
 * (left out for a sensitive request) and a link: never the description, messages or notes.
 */
function createRequestNotifier(mail: MailSender, publicUrl: string): RequestNotifier {
  const agentLink = (id: string) => `${publicUrl}/mes-demandes/${id}`;
  const staffLink = (id: string) => `${publicUrl}/demandes/${id}`;
  const subjectLine = (r: { subject: string; sensitive: boolean }) => (r.sensitive ? '' : r.subject);
  return {
    async acknowledged(trx, r) {
      await mail.send(trx, { template: 'request.acknowledged', to: r.agentEmail, academieCode: r.academieCode, data: {
        reference: r.reference, subjectLine: subjectLine(r), handledBy: r.assigneeName,
        dueDate: r.dueAt.toISOString(), link: agentLink(r.requestId),
      } });
    },
    async answered(trx, { requestId }) {
      const r = await requestFacts(trx, requestId);
      await mail.send(trx, { template: 'request.updated', to: r.agent_email, academieCode: r.academie_code,
        data: { reference: r.reference, subjectLine: subjectLine(r), link: agentLink(r.id) } });
    },
    async holding(trx, { requestId }) {
      const r = await requestFacts(trx, requestId);
      await mail.send(trx, { template: 'request.holding', to: r.agent_email, academieCode: r.academie_code, data: {
        reference: r.reference, subjectLine: subjectLine(r), dueDate: r.first_response_due_at!.toISOString(), link: agentLink(r.id),
      } });
    },
    async overdue(trx, { requestId, academieCode }) {
      const r = await requestFacts(trx, requestId);
      for (const to of await staffEmails(trx, 'coordinator', academieCode, r.departement_code)) {
        await mail.send(trx, { template: 'request.overdue.coordinator', to, academieCode, data: { reference: r.reference, link: staffLink(r.id) } });
      }
    },
    async reopened(trx, { requestId, byId, byAgent }) {
      const r = await requestFacts(trx, requestId);
      const data = { reference: r.reference, reopenedBy: byAgent ? 'agent' as const : 'staff' as const, link: staffLink(r.id) };
      if (r.assignee_id !== null && r.assignee_email && r.assignee_active) {
        if (r.assignee_id !== byId) await mail.send(trx, { template: 'request.reopened.staff', to: r.assignee_email, academieCode: r.academie_code, data });
        return;
      }
      for (const to of await staffEmails(trx, 'coordinator', r.academie_code, r.departement_code, byId)) {
        await mail.send(trx, { template: 'request.reopened.staff', to, academieCode: r.academie_code, data });
      }
    },
    async brokenGlass(trx, { requestId, academieCode }) {
      const r = await requestFacts(trx, requestId);
      for (const to of await staffEmails(trx, 'admin', academieCode)) {
        await mail.send(trx, { template: 'request.break_glass.admin', to, academieCode, data: { reference: r.reference, link: `${publicUrl}/administration` } });
      }
    },
  };
}

/** The notifier of the running app: mails through the app's mail sender. */
export function requestNotifier(deps: { config: { publicUrl: string }; mail: MailSender }): RequestNotifier {
  return createRequestNotifier(deps.mail, deps.config.publicUrl);
}
