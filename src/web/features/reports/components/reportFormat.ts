import type { MaskedCount, Measure } from '../../../../shared/contracts/reports.ts';

const integer = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A count as shown: the published (rounded) number, « < 5 » when small, « secret » when withheld (0 to 5). */
export function formatCount(cell: Pick<MaskedCount, 'count' | 'maskReason'>, threshold: number): string {
  if (cell.count !== null) return integer.format(cell.count);
  return cell.maskReason === 'withheld' ? 'secret' : `< ${threshold}`;
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : percent.format(share);
}

export function formatMeasure(measure: { value: number | null; masked?: true }, kind: 'days' | 'share' | 'score' | 'count'): string {
  if (measure.masked) return 'secret';
  if (measure.value === null) return '—';
  if (kind === 'share') return percent.format(measure.value);
  if (kind === 'days') return `${decimal.format(measure.value)} j`;
  return kind === 'count' ? integer.format(measure.value) : decimal.format(measure.value);
}

export type MeasureRow = [label: string, measure: Measure, kind: 'days' | 'share' | 'score' | 'count'];
