import type { BreakdownItem } from '../../../../shared/contracts/reports.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { BarChart } from './BarChart.tsx';
import { formatCount, formatShare } from './reportFormat.ts';

/** « 80 (38,1 %) »; a hidden count alone: « < 5 ». */
const countAndShare = (cell: Pick<BreakdownItem, 'count' | 'maskReason' | 'share'>, threshold: number) =>
  (cell.share === null ? formatCount(cell, threshold) : `${formatCount(cell, threshold)} (${formatShare(cell.share)})`);

/**
 * One breakdown: its chart and the same figures as a table, side by side on a wide screen
 * (from 1248 px), one above the other below; three columns, so that a phone shows them all. The
 * section is no landmark: its table's scrolling region already bears the title, and two
 * landmarks of one name would say the same thing twice.
 */
export function BreakdownSection({ id, title, items, threshold, horizontal }: {
  id: string; title: string; items: BreakdownItem[]; threshold: number; horizontal: boolean;
}) {
  const visible = items.filter((i) => i.count !== null && i.count > 0).sort((a, b) => b.count! - a.count!);
  const description = `${title} : graphique en barres, la période et un an plus tôt. ${
    visible.length > 0 ? `Plus fort effectif : ${visible[0]!.label} (${formatCount(visible[0]!, threshold)}).` : 'Aucun effectif publiable.'
  } Les chiffres sont dans le tableau qui suit.`;
  return (
    <section className="fr-mb-6w">
      <h2 id={`${id}-titre`}>{title}</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-xl-6">
          <BarChart items={items} description={description} horizontal={horizontal} />
        </div>
        <div className="fr-col-12 fr-col-xl-6">
          <DataTable
            id={id}
            caption={title}
            hideCaption
            minWidth={null}
            rows={items}
            rowKey={(i) => i.key}
            columns={[
              { header: 'Libellé', cell: (i) => i.label, rowHeader: true },
              { header: 'Effectif (part)', cell: (i) => countAndShare(i, threshold) },
              { header: 'Un an plus tôt', cell: (i) => countAndShare(i.previous, threshold) },
            ]}
          />
        </div>
      </div>
    </section>
  );
}
