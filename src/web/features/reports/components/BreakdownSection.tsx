import type { BreakdownItem } from '../../../../shared/contracts/reports.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { BarChart } from './BarChart.tsx';
import { formatCount, formatShare } from './reportFormat.ts';

/** One breakdown: its chart and, beside it, the same figures as a table. */
export function BreakdownSection({ id, title, items, threshold, horizontal }: {
  id: string; title: string; items: BreakdownItem[]; threshold: number; horizontal: boolean;
}) {
  const visible = items.filter((i) => i.count !== null && i.count > 0).sort((a, b) => b.count! - a.count!);
  const description = `${title} : graphique en barres, la période et un an plus tôt. ${
    visible.length > 0 ? `Plus fort effectif : ${visible[0]!.label} (${visible[0]!.count}).` : 'Aucun effectif publiable.'
  } Les chiffres sont dans le tableau qui suit.`;
  return (
    <section aria-labelledby={`${id}-titre`} className="fr-mb-6w">
      <h2 id={`${id}-titre`}>{title}</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-6">
          <BarChart items={items} description={description} horizontal={horizontal} />
        </div>
        <div className="fr-col-12 fr-col-lg-6">
          <DataTable
            id={id}
            caption={title}
            hideCaption
            rows={items}
            rowKey={(i) => i.key}
            columns={[
              { header: 'Libellé', cell: (i) => i.label, rowHeader: true },
              { header: 'Effectif', cell: (i) => formatCount(i, threshold) },
              { header: 'Part', cell: (i) => formatShare(i.share) },
              { header: 'Un an plus tôt', cell: (i) => formatCount(i.previous, threshold) },
              { header: 'Part un an plus tôt', cell: (i) => formatShare(i.previous.share) },
            ]}
          />
        </div>
      </div>
    </section>
  );
}
