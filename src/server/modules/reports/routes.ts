import { fileDownload } from '../../../shared/contracts/common.ts';
import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { ActivityReport, ReportQuery, ReportScopes } from '../../../shared/contracts/reports.ts';
import { exportActivityReport } from './export-activity-report.ts';
import { listReportScopes } from './list-report-scopes.ts';
import { readActivityReport, RecentReports, type ReportReading } from './read-activity-report.ts';

/** Activity reports (« Pilotage »): each caller reads the scopes the policy layer grants them. */
export async function reportRoutes(instance: FastifyInstance, { database, config }: AppDependencies) {
  const app = typed(instance);
  const access = { access: { ability: 'reports.read' as const } };
  const reading: ReportReading = { db: database.db, threshold: config.reportMaskThreshold, recent: new RecentReports() };

  app.get('/api/reports/scopes', {
    config: access,
    schema: {
      tags: ['pilotage'], summary: 'Les périmètres dont je peux consulter le rapport d’activité',
      response: { 200: ReportScopes },
    },
  }, async (request) => listReportScopes(actionContext(request).user));

  app.get('/api/reports/activity', {
    config: access,
    schema: {
      tags: ['pilotage'],
      summary: 'Rapport d’activité d’un périmètre sur une période (effectifs de 1 à 5 masqués)',
      querystring: ReportQuery,
      response: { 200: ActivityReport },
    },
  }, async (request) => readActivityReport(reading, actionContext(request).user, request.query));

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/api/reports/activity.${format}`, {
      config: access,
      schema: {
        tags: ['pilotage'], summary: `Rapport d’activité en ${format.toUpperCase()} (mêmes effectifs masqués)`, querystring: ReportQuery,
        response: { 200: fileDownload(format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `Les tableaux du rapport en ${format.toUpperCase()}`) },
      },
    }, async (request, reply) => {
      const file = await exportActivityReport(reading, actionContext(request), request.query, format);
      return reply.type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    });
  }
}
