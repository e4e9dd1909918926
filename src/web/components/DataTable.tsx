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
  /** For a table right under a heading that already names it: the caption stays for screen readers. */
  hideCaption?: boolean;
  /**
   * The width under which the table scrolls sideways instead of squeezing its columns (40rem);
   * `null` for a narrow table whose cells wrap (a few short figures beside a label).
   */
  minWidth?: string | null;
}

/**
 * DSFR table markup (fr-table__wrapper/container/content, DSFR ≥ 1.12). The caption can
 * receive focus so that a change of page can move the reader back to the top of the table.
 */
export function DataTable<T>({ id, caption, columns, rows, rowKey, captionRef, hideCaption, minWidth = '40rem' }: DataTableProps<T>) {
  return (
    <div
      className={`fr-table fr-table--sm fr-table--multiline fr-mb-2w${hideCaption ? ' fr-table--no-caption' : ''}`}
      id={id}
    >
      <div className="fr-table__wrapper">
        {/* Focusable so that a keyboard can scroll a table wider than the screen. */}
        <div className="fr-table__container" tabIndex={0} role="region" aria-labelledby={`${id}-legende`}>
          <div className="fr-table__content">
            <table style={minWidth === null ? { width: '100%' } : { minWidth }}>
              <caption id={`${id}-legende`} ref={captionRef} tabIndex={-1}>
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
