'use client';

import { useId } from 'react';
import type { SeriesStyle } from './theme';

/**
 * React ids contain characters ("«", ":") that are awkward inside
 * url(#...) references, so keep only the safe ones.
 */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** Diagonal stripes: the second cue, besides colour, for the hatched series' bars. */
export function HatchPattern({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={colour} fillOpacity={0.15} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
    </pattern>
  );
}

/** A bar's fill: the solid colour, or the hatch pattern `patternId` (drawn with HatchPattern). */
export function barFill(series: SeriesStyle, patternId: string): string {
  return series.hatched ? `url(#${patternId})` : series.colour;
}

/** The legend's sample of a series, drawn exactly as the chart draws it. */
export function SeriesSwatch({ series, shape }: { series: SeriesStyle; shape: 'line' | 'bar' }) {
  const patternId = useSvgId('swatch');
  if (shape === 'line') {
    return (
      <svg width="28" height="10" aria-hidden className="shrink-0">
        <line x1="1" y1="5" x2="27" y2="5" stroke={series.colour} strokeWidth="2.5" strokeDasharray={series.dash} />
      </svg>
    );
  }
  return (
    <svg width="14" height="14" aria-hidden className="shrink-0">
      {series.hatched && (
        <defs>
          <HatchPattern id={patternId} colour={series.colour} />
        </defs>
      )}
      <rect x="0.5" y="0.5" width="13" height="13" fill={barFill(series, patternId)} stroke={series.colour} />
    </svg>
  );
}
