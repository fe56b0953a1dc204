/*
 * The look shared by every chart, its legend and its table. SVG presentation
 * attributes cannot read the Tailwind theme's CSS variables reliably, so the
 * colours are repeated here as hex; they match --color-brand, --color-muted,
 * --color-line and --color-ink in app/globals.css.
 *
 * A plain module, not a client one, so server components (plan vs actual)
 * can read the styles too: a value of a 'use client' module is only a
 * reference on the server. look.tsx re-exports everything here.
 */
export const INK = '#1c1f24';
export const MUTED = '#5b6470';
export const LINE = '#dfe3e8';

/**
 * How a series is drawn. Each has a colour and a second cue (a dash pattern
 * for lines, a hatch for bars) so that base and stress stay apart for readers
 * who do not tell blue from orange, and in greyscale print.
 */
export interface SeriesStyle {
  label: string;
  colour: string;
  /** SVG stroke-dasharray for lines; undefined draws a solid line. */
  dash?: string;
  /** Bars are filled with diagonal stripes instead of a solid colour. */
  hatched: boolean;
  /** A see-through fill (the fan chart's band), in the plot and its legend swatch alike. */
  fillOpacity?: number;
}

export const BASE: SeriesStyle = { label: 'Base', colour: '#1f4fd1', hatched: false };
export const STRESS: SeriesStyle = { label: 'Stress', colour: '#c2410c', dash: '6 4', hatched: true };
/** The calibrated case (measured values in place of guesses): a third colour, dotted lines and see-through bars. */
export const CALIBRATED: SeriesStyle = { label: 'Calibrated', colour: '#7c3aed', dash: '1 3', hatched: false, fillOpacity: 0.45 };

/** What really happened (plan vs actual): ink, solid, drawn as dots on the months logged. */
export const ACTUAL: SeriesStyle = { label: 'Actual', colour: INK, hatched: false };
