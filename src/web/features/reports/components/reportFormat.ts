import type { MaskedCount, Measure } from '../../../../shared/contracts/reports.ts';

const integer = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A count as shown: the published (rounded) number, « < 5 » when small, « secret » when withheld (0 to 5). */
export function formatCount(cell: Pick<MaskedCount, 'count' | 'maskReason'>, threshold: number): string {
  if (cell.count !== null) return integer.format(cell.count);
  // A no-break space: « < » never ends a line away from its number.
  return cell.maskReason === 'withheld' ? 'secret' : `<\u00a0${threshold}`;
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : percent.format(share);
}

/** What a measure is: working days, a share, a difference of two shares (in points), a mark, a count. */
export type MeasureKind = 'days' | 'share' | 'points' | 'score' | 'count';

const points = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export function formatMeasure(measure: { value: number | null; masked?: true }, kind: MeasureKind): string {
  if (measure.masked) return 'secret';
  if (measure.value === null) return '—';
  if (kind === 'share') return percent.format(measure.value);
  if (kind === 'points') return `${points.format(measure.value * 100)}\u00a0points`;
  if (kind === 'days') return `${decimal.format(measure.value)}\u00a0j`;
  return kind === 'count' ? integer.format(measure.value) : decimal.format(measure.value);
}

export type MeasureRow = [label: string, measure: Measure, kind: MeasureKind];
