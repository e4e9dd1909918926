import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { invalid, notFound } from '../../errors/app-error.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { parisDate } from '../../clock.ts';

const DAY = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Absence = Type.Object({ id: Type.String(), startsOn: Type.String(), endsOn: Type.String() });

/** An adviser's absence periods: new requests skip them, the coordinator sees their open ones. */
export async function absenceRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;
  const access = { access: { ability: 'absences.manage' as const } };

  app.get('/api/me/absences', {
    config: access,
    schema: { tags: ['absences'], summary: 'Mes absences à venir et en cours', response: { 200: Type.Array(Absence) } },
  }, async (request) => {
    const { user } = actionContext(request);
    const rows = await db.selectFrom('adviser_absences').select(['id', 'starts_on', 'ends_on'])
      .where('adviser_id', '=', user.id).where('ends_on', '>=', parisDate(new Date())).orderBy('starts_on').execute();
    return rows.map((r) => ({ id: r.id, startsOn: r.starts_on, endsOn: r.ends_on }));
  });

  app.post('/api/me/absences', {
    config: access,
    schema: { tags: ['absences'], summary: 'Déclarer une absence', body: Type.Object({ startsOn: DAY, endsOn: DAY }, { additionalProperties: false }), response: { 201: Absence } },
  }, async (request, reply) => {
    const ctx = actionContext(request);
    const { startsOn, endsOn } = request.body;
    if (endsOn < startsOn) throw invalid([{ field: 'endsOn', message: 'La fin de l’absence doit suivre son début.' }]);
    if (endsOn < parisDate(new Date())) throw invalid([{ field: 'endsOn', message: 'Cette absence est déjà passée.' }]);
    const row = await db.transaction().execute(async (trx) => {
      const created = await trx.insertInto('adviser_absences').values({ adviser_id: ctx.user.id, starts_on: startsOn, ends_on: endsOn })
        .returning(['id', 'starts_on', 'ends_on']).executeTakeFirstOrThrow();
      await recordAudit(trx, ctx, { action: 'absence.declare', targetType: 'person', targetId: ctx.user.id, academieCode: ctx.user.academieCode });
      return created;
    });
    return reply.code(201).send({ id: row.id, startsOn: row.starts_on, endsOn: row.ends_on });
  });

  app.delete('/api/me/absences/:id', {
    config: access,
    schema: { tags: ['absences'], summary: 'Retirer une absence', params: Type.Object({ id: Type.String({ maxLength: 64 }) }), response: { 204: Type.Null() } },
  }, async (request, reply) => {
    const { user } = actionContext(request);
    if (!/^[0-9a-f-]{36}$/i.test(request.params.id)) throw notFound('Cette absence est introuvable.');
    const deleted = await db.deleteFrom('adviser_absences').where('id', '=', request.params.id).where('adviser_id', '=', user.id).executeTakeFirst();
    if (!deleted.numDeletedRows) throw notFound('Cette absence est introuvable.');
    return reply.code(204).send(null);
  });
}
