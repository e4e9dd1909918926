import { DataTable } from '../../../components/DataTable.tsx';
import { formatMeasure, type MeasureRow } from './reportFormat.ts';

/** Indicators of a report (delays, satisfaction): this period and a year earlier. */
export function MeasuresTable({ id, caption, rows }: { id: string; caption: string; rows: MeasureRow[] }) {
  return (
    <DataTable
      id={id}
      caption={caption}
      minWidth={null}
      rows={rows}
      rowKey={(row) => row[0]}
      columns={[
        { header: 'Indicateur', cell: (row) => row[0], rowHeader: true },
        { header: 'Période', cell: (row) => formatMeasure(row[1], row[2]) },
        { header: 'Un an plus tôt', cell: (row) => formatMeasure(row[1].previous, row[2]) },
      ]}
    />
  );
}
