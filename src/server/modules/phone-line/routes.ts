import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import {
  LogCallBody, LoggedCall, MyShifts, PhoneLineSettings, PublicLine, PublicLineQuery, Rota, RotaQuery, SaveSettingsBody, SetShiftBody,
} from '../../../shared/contracts/phone-line.ts';
import { requestNotifier } from '../requests/index.ts';
import { getRota } from './get-rota.ts';
import { setShift } from './set-shift.ts';
import { saveSettings } from './save-settings.ts';
import { getPublicLine } from './get-public-line.ts';
import { listMyShifts } from './list-my-shifts.ts';
import { logCall } from './log-call.ts';

const tags = ['phone-line'];

/** The phone line: its public number and hours, the coordinator's rota, the adviser's shifts and calls. */
export async function phoneLineRoutes(instance: FastifyInstance, { database, config, mail }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;
  const notifier = requestNotifier({ config, mail });
  const plan = { access: { ability: 'phoneLine.plan' as const } };
  const answer = { access: { ability: 'phoneLine.answer' as const } };

  app.get('/api/phone-line', {
    config: { access: 'public' },
    schema: { tags, summary: 'Le numéro de la ligne RH de proximité et ses horaires du jour', querystring: PublicLineQuery, response: { 200: PublicLine } },
  }, async (request) => getPublicLine(db, request.query));

  app.get('/api/phone-line/rota', {
    config: plan,
    schema: { tags, summary: 'Le planning de permanence d’une semaine', querystring: RotaQuery, response: { 200: Rota } },
  }, async (request) => getRota(db, actionContext(request).user, request.query));

  app.put('/api/phone-line/rota', {
    config: plan,
    schema: { tags, summary: 'Affecter des conseillers à une demi-journée', body: SetShiftBody, response: { 200: Rota } },
  }, async (request) => setShift(db, actionContext(request), request.body));

  app.put('/api/phone-line/settings', {
    config: plan,
    schema: { tags, summary: 'Numéro et horaires de la ligne', body: SaveSettingsBody, response: { 200: PhoneLineSettings } },
  }, async (request) => saveSettings(db, actionContext(request), request.body));

  app.get('/api/phone-line/my-shifts', {
    config: answer,
    schema: { tags, summary: 'Mes permanences téléphoniques', response: { 200: MyShifts } },
  }, async (request) => listMyShifts(db, actionContext(request).user));

  app.post('/api/phone-line/calls', {
    config: answer,
    schema: { tags, summary: 'Enregistrer un appel', body: LogCallBody, response: { 201: LoggedCall } },
  }, async (request, reply) => reply.code(201).send(await logCall(db, actionContext(request), request.body, { notifier, log: request.log })));
}
