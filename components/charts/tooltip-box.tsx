'use client';

import type { ReactNode } from 'react';
import { SeriesSwatch, type SeriesStyle } from './look';

/*
 * The charts' tooltip, apart from the recharts pieces in ./plot-parts so
 * that the hand-drawn plots can show it without loading recharts.
 */

export interface TooltipLine {
  series?: SeriesStyle;
  label: string;
  value: ReactNode;
  detail?: string;
}

/** The tooltip's HTML box: a title and one line per series, each led by the legend's swatch. */
export function TooltipBox({ title, lines, shape }: { title: string; lines: TooltipLine[]; shape: 'line' | 'bar' }) {
  return (
    <div className="max-w-72 rounded-md border border-line bg-white px-3 py-2 text-sm shadow-md">
      <p className="font-medium text-ink">{title}</p>
      <ul className="mt-1 space-y-1">
        {lines.map((line, i) => (
          <li key={i}>
            <div className="flex items-baseline gap-2">
              {line.series && <SeriesSwatch series={line.series} shape={shape} />}
              <span className="text-muted">{line.label}</span>
              <span className="ml-auto pl-3 font-medium tabular-nums">{line.value}</span>
            </div>
            {line.detail && <p className="text-xs text-muted">{line.detail}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}

