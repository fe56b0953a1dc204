/*
 * The look shared by every chart. SVG presentation attributes cannot read the
 * Tailwind theme's CSS variables reliably, so the colours are repeated here as
 * hex; they match --color-brand, --color-muted, --color-line and --color-ink
 * in app/globals.css.
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
}

export const BASE: SeriesStyle = { label: 'Base', colour: '#1f4fd1', hatched: false };
export const STRESS: SeriesStyle = { label: 'Stress', colour: '#c2410c', dash: '6 4', hatched: true };

/** The tornado's two ends: what the result becomes with the input lower, and with it higher. */
export const INPUT_LOWER: SeriesStyle = { label: 'Input lower', colour: MUTED, hatched: true };
export const INPUT_HIGHER: SeriesStyle = { label: 'Input higher', colour: '#1f4fd1', hatched: false };

/** Plot heights in px. The lazy plot's placeholder uses the same number, so nothing moves when it loads. */
export const PLOT_HEIGHT = 300;
/** Room for the tornado's ten inputs (nine for one-time sales) at two lines of label each. */
export const TORNADO_HEIGHT = 420;

export const AXIS_TICK = { fontSize: 12, fill: MUTED } as const;
