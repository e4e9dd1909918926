import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { oneOf } from '../../../shared/contracts/common.ts';
import { actionContext } from '../../http/context.ts';
import { invalid } from '../../errors/app-error.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { parisDate } from '../../clock.ts';
import { buildActivityReport, type ActivityReport } from './activity-report.ts';
import { reportCsv, reportXlsx } from './export.ts';
import { REPORT_LEVELS, resolveScope, steerableScopes } from './scope.ts';

const DAY = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'AAAA-MM-JJ (heure de Paris)' });
const ReportQuery = Type.Object({
  level: oneOf(REPORT_LEVELS),
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  from: Type.Optional(DAY),
  to: Type.Optional(DAY),
}, { additionalProperties: false });
type ReportQuery = Static<typeof ReportQuery>;

const MAX_PERIOD_DAYS = 5 * 366;

/** The period asked for, or the current year to date; checked so that nothing odd reaches SQL. */
export function periodOf(query: { from?: string; to?: string }, now = new Date()) {
  const today = parisDate(now);
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  const errors = [];
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) errors.push({ field, message: 'Cette date n’existe pas.' });
  }
  if (errors.length === 0 && from > to) errors.push({ field: 'to', message: 'La fin de la période doit suivre son début.' });
  if (errors.length === 0 && (Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_PERIOD_DAYS) {
    errors.push({ field: 'from', message: 'La période ne peut pas dépasser cinq ans.' });
  }
  if (errors.length > 0) throw invalid(errors);
  return { from, to };
}

/**
 * The reports computed in the last minute, by scope and period, in this process: steering
 * dashboards are opened by many people at once (a monthly mail, a meeting), and the figures of a
 * national year change little within a minute. Calls that arrive while a report is computed
 * wait for that computation instead of starting another. The report says when it was computed.
 */
class RecentReports {
  private readonly entries = new Map<string, { until: number; report: Promise<ActivityReport> }>();
  constructor(private readonly seconds = 60, private readonly capacity = 500) {}

  get(key: string, compute: () => Promise<ActivityReport>): Promise<ActivityReport> {
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.until > now) return entry.report;
    const report = compute();
    this.entries.delete(key);
    this.entries.set(key, { until: now + this.seconds * 1000, report });
    report.catch(() => this.entries.delete(key));
    // The oldest entries leave first (a Map keeps insertion order).
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return report;
  }
}

/** Activity reports (« Pilotage »): each caller reads the scopes the policy layer grants them. */
export async function reportRoutes(instance: FastifyInstance, { database, config }: AppDependencies) {
  const app = typed(instance);
  const access = { access: { ability: 'reports.read' as const } };

  const recent = new RecentReports();

  async function reportFor(request: FastifyRequest, query: ReportQuery): Promise<ActivityReport> {
    const { user } = actionContext(request);
    // The policy decides first, on every call: a report in memory is never a way around it.
    const scope = resolveScope(user, query.level, query.code);
    const period = periodOf(query);
    return recent.get(JSON.stringify([scope, period]), () =>
      buildActivityReport(database.db, { scope, period, threshold: config.reportMaskThreshold, adviserName: user.displayName }));
  }

  app.get('/api/reports/scopes', {
    config: access,
    schema: {
      tags: ['pilotage'], summary: 'Les périmètres dont je peux consulter le rapport d’activité',
      response: { 200: Type.Array(Type.Object({ level: Type.String(), code: Type.String(), label: Type.String() })) },
    },
  }, async (request) => steerableScopes(actionContext(request).user));

  app.get('/api/reports/activity', {
    config: access,
    schema: {
      tags: ['pilotage'],
      summary: 'Rapport d’activité d’un périmètre sur une période (effectifs de 1 à 5 masqués)',
      querystring: ReportQuery,
    },
  }, async (request) => reportFor(request, request.query));

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/api/reports/activity.${format}`, {
      config: access,
      schema: { tags: ['pilotage'], summary: `Rapport d’activité en ${format.toUpperCase()} (mêmes effectifs masqués)`, querystring: ReportQuery },
    }, async (request, reply) => {
      const report = await reportFor(request, request.query);
      const ctx = actionContext(request);
      await recordAudit(database.db, ctx, {
        action: 'report.export', targetType: 'report', targetId: null,
        academieCode: report.scope.level === 'academie' ? report.scope.code : ctx.user.academieCode,
        details: { level: report.scope.level, code: report.scope.level === 'adviser' ? null : report.scope.code, from: report.period.from, to: report.period.to, format },
      });
      const body = format === 'csv' ? await reportCsv(report) : await reportXlsx(report);
      const name = `rapport-activite-${report.scope.level}-${report.scope.code}-${report.period.from}-${report.period.to}.${format}`;
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(body);
    });
  }
}
