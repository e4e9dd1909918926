import type { ReactNode, Ref } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** The column that names the row (rendered as `<th scope="row">`). */
  rowHeader?: boolean;
}

interface DataTableProps<T> {
  id: string;
  caption: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  captionRef?: Ref<HTMLTableCaptionElement>;
}

/**
 * DSFR table markup (fr-table__wrapper/container/content, DSFR ≥ 1.12). The caption can
 * receive focus so that a change of page can move the reader back to the top of the table.
 */
export function DataTable<T>({ id, caption, columns, rows, rowKey, captionRef }: DataTableProps<T>) {
  return (
    <div className="fr-table fr-mb-2w" id={id}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption ref={captionRef} tabIndex={-1}>
                {caption}
              </caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column.header} scope="col">
                      {column.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={rowKey(row)}>
                    {columns.map((column) =>
                      column.rowHeader === true ? (
                        <th key={column.header} scope="row">
                          {column.cell(row)}
                        </th>
                      ) : (
                        <td key={column.header}>{column.cell(row)}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
