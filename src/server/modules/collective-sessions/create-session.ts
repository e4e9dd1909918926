import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { forbidden, invalid } from '../../errors/app-error.ts';
import { mayOrganiseIn } from '../../policies/index.ts';
import type { CollectiveSession, CreateSessionBody } from '../../../shared/contracts/collective-sessions.ts';
import { sessionColumns } from './session-fields.ts';
import { sessionsWithOrganiser } from './repository.ts';
import { presentSession } from './presenter.ts';

/**
 * An adviser or coordinator schedules a session, organised by themself or (a coordinator) by a
 * colleague of their territory. It belongs to the département named, else the establishment's,
 * else the organiser's; an establishment outside the département named is refused.
 */
export async function createSession(db: Kysely<DB>, ctx: ActionContext, body: CreateSessionBody, now = new Date()): Promise<CollectiveSession> {
  const organiserId = body.organiserId ?? ctx.user.id;
  const organiser = await db.selectFrom('persons').select(['id', 'departement_code'])
    .where('id', '=', organiserId).where('active', '=', true)
    .where('id', 'in', db.selectFrom('role_assignments').select('person_id').where('role', 'in', ['adviser', 'coordinator']))
    .executeTakeFirst();
  if (!organiser) throw invalid([{ field: 'organiserId', message: 'Cet organisateur est introuvable : choisissez un conseiller ou un coordonnateur.' }]);
  if (new Date(body.startsAt).getTime() <= now.getTime()) throw invalid([{ field: 'startsAt', message: 'Choisissez une date à venir.' }]);
  const { columns, establishmentDepartement } = await sessionColumns(db, body, null, null);
  if (body.departement && establishmentDepartement && body.departement !== establishmentDepartement) {
    throw invalid([{ field: 'place.uai', message: 'Cet établissement est dans un autre département que celui de l’atelier.' }]);
  }
  const departementCode = body.departement ?? establishmentDepartement ?? organiser.departement_code;
  const departement = departementCode
    ? await db.selectFrom('departements').select(['code', 'academie_code']).where('code', '=', departementCode).executeTakeFirst() : undefined;
  if (!departement) throw invalid([{ field: 'departement', message: 'Précisez le département où l’atelier a lieu.' }]);
  await sessionColumns(db, { audience: body.audience }, null, departement.academie_code);
  if (!mayOrganiseIn(ctx.user, organiserId, departement.code)) {
    throw forbidden('Vous ne pouvez organiser un atelier que dans votre territoire, pour vous-même ou, coordonnateur, pour un collègue.');
  }
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('collective_sessions').values({
      title: body.title.trim(), kind: body.kind, starts_at: new Date(body.startsAt), ends_at: new Date(body.endsAt), capacity: body.capacity,
      place_kind: body.place.kind, place_label: body.place.label.trim(),
      ...columns,
      academie_code: departement.academie_code, departement_code: departement.code, organiser_id: organiserId, created_by: ctx.user.id,
    }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'collective_session.create', targetType: 'collective_session', targetId: row.id, academieCode: departement.academie_code });
    return row.id;
  });
  const row = await sessionsWithOrganiser(db).where('s.id', '=', id).executeTakeFirstOrThrow();
  return presentSession(row, ctx.user, { mine: null, agentCategory: null, now });
}
