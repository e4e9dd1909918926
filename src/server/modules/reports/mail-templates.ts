import { Type } from 'typebox';
import { defineMailTemplates, Link, oneLine, frenchMonth } from '../../mail/template-kit.ts';

/** The monthly report, sent to the steering roles (its tables are attached at delivery: monthly-report-attachment.ts). */
export const reportsMailTemplates = defineMailTemplates({
  /** To a steering role, on the first working day of the month: last month's report, tables attached. */
  'report.monthly': Type.Object({
    /** « Académie d’Amiens », « Somme (80) », « France entière ». */
    scopeLabel: oneLine(120, 1),
    /** The month reported, YYYY-MM. */
    month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }),
    /** The stored report whose XLSX tables are attached. */
    reportId: Type.String({ format: 'uuid' }),
    link: Link,
  }, { additionalProperties: false }),
}, {
  'report.monthly': (d, link) => ({
    subject: `Rapport d’activité du service RH de proximité — ${frenchMonth(d.month)} — ${d.scopeLabel}`,
    paragraphs: [
      `Le rapport d’activité pour ${frenchMonth(d.month)} (${d.scopeLabel}) est disponible dans ProxiRH.`,
      'Ses tableaux sont joints au format XLSX. Les effectifs de 1 à 5 sont masqués pour que personne ne puisse être reconnu.',
    ],
    action: { label: 'Ouvrir le rapport dans ProxiRH', href: link },
  }),
});
