'use client';

import { useId, type ReactNode } from 'react';

export interface TableRow {
  key: string | number;
  /** The row's header cell: "Month 6", "Refunds", "Price". */
  header: string;
  cells: ReactNode[];
}

export interface DataTableProps {
  caption: string;
  /** Column headers; the first heads the row headers. */
  columns: string[];
  rows: TableRow[];
}

/**
 * A chart's text alternative. It fills the card's fixed-height box and
 * scrolls inside it, so swapping chart and table never moves the page; the
 * scroll box is focusable and named so keyboard users can scroll it too. On a
 * phone the header row and the row headers stay put while the numbers scroll.
 */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  const captionId = useId();
  const [rowHeader, ...valueHeaders] = columns;
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="h-full overflow-auto rounded-md border border-line">
      <table className="w-full border-collapse text-sm tabular-nums">
        {/* Read by screen readers and names the scroll region; sighted readers
            have the card's title and caption just above, and a visible caption
            would be as wide as the table and cut off on a phone. */}
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky top-0 left-0 z-20 border-b border-line bg-paper px-3 py-2 text-left font-medium">
              {rowHeader}
            </th>
            {valueHeaders.map((header) => (
              <th key={header} scope="col" className="sticky top-0 z-10 border-b border-line bg-paper px-3 py-2 text-right font-medium whitespace-nowrap">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line last:border-b-0">
              <th scope="row" className="sticky left-0 min-w-28 bg-white px-3 py-1.5 text-left font-normal">
                {row.header}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="px-3 py-1.5 text-right whitespace-nowrap">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
