import { Select } from '@codegouvfr/react-dsfr/Select';
import type { StatsQuery } from '../../../../shared/contracts/knowledge-base-editor.ts';

export const STATS_PERIODS = [
  { key: '7', label: 'Les 7 derniers jours', days: 7 },
  { key: '30', label: 'Les 30 derniers jours', days: 30 },
  { key: '90', label: 'Les 3 derniers mois', days: 91 },
  { key: '365', label: 'Les 12 derniers mois', days: 365 },
] as const;
export type StatsPeriodKey = (typeof STATS_PERIODS)[number]['key'];

/** Today in Paris, YYYY-MM-DD. */
function parisDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The days a period covers, ending today (Paris). */
export function statsQueryOf(key: StatsPeriodKey, limit = 50): StatsQuery {
  const period = STATS_PERIODS.find((p) => p.key === key) ?? STATS_PERIODS[1];
  const now = new Date();
  const from = new Date(now.getTime() - (period.days - 1) * 24 * 3600 * 1000);
  return { from: parisDay(from), to: parisDay(now), limit };
}

export function StatsPeriodSelect({ id, value, onChange }: { id: string; value: StatsPeriodKey; onChange: (key: StatsPeriodKey) => void }) {
  return (
    <Select
      label="Période"
      className="fr-mb-3w"
      nativeSelectProps={{ id, value, onChange: (e) => onChange(e.target.value as StatsPeriodKey), style: { maxWidth: '20rem' } }}
    >
      {STATS_PERIODS.map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}
    </Select>
  );
}
