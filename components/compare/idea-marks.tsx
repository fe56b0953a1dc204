/*
 * How each idea of a comparison is told apart, in the chart, its legend and
 * the table's headings alike: a colour AND a shape (and its number), so
 * nothing depends on telling colours apart, in greyscale print too. A plain
 * module: the server's table and the browser's plot draw the same marks.
 */
import type { SeriesStyle } from '@/components/charts/series';

/** Blue, orange, teal, purple: apart for the common colour blindnesses, each dark enough on white. */
const COLOURS = ['#1f4fd1', '#c2410c', '#0f766e', '#7c3aed'] as const;
export const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Shape = (typeof SHAPES)[number];
/** The stress cases are dashed, as on the idea page's charts. */
export const STRESS_DASH = '6 4';

export const colourOf = (index: number): string => COLOURS[index % COLOURS.length]!;
export const shapeOf = (index: number): Shape => SHAPES[index % SHAPES.length]!;

/** The series style of an idea's base or stress line, for the tooltip's swatches. */
export const lineStyle = (index: number, name: string, stress: boolean): SeriesStyle => ({
  label: `${name}, ${stress ? 'stress' : 'base'}`,
  colour: colourOf(index),
  dash: stress ? STRESS_DASH : undefined,
  hatched: false,
});

/** The idea's shape centred on (x, y), `size` across, filled with its colour. */
export function MarkShape({ index, x, y, size = 9 }: { index: number; x: number; y: number; size?: number }) {
  const colour = colourOf(index);
  const r = size / 2;
  const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1.5 };
  switch (shapeOf(index)) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} {...common} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={size} height={size} {...common} />;
    case 'triangle':
      return <path d={`M${x} ${y - r * 1.15}L${x + r * 1.15} ${y + r}L${x - r * 1.15} ${y + r}Z`} {...common} />;
    case 'diamond':
      return <path d={`M${x} ${y - r * 1.3}L${x + r * 1.3} ${y}L${x} ${y + r * 1.3}L${x - r * 1.3} ${y}Z`} {...common} />;
  }
}

/** The idea's mark on its own, beside its name (decorative: the name and number say which idea it is). */
export function IdeaMark({ index }: { index: number }) {
  return (
    <svg width="14" height="14" aria-hidden className="inline-block shrink-0 align-[-2px]">
      <MarkShape index={index} x={7} y={7} size={10} />
    </svg>
  );
}

/** The legend's sample of a line: solid for base, dashed for stress, with the idea's shape at its end. */
export function LineSample({ index, stress }: { index: number; stress: boolean }) {
  return (
    <svg width="34" height="12" aria-hidden className="inline-block shrink-0 align-[-1px]">
      <line x1="1" y1="6" x2="26" y2="6" stroke={colourOf(index)} strokeWidth="2.5" strokeDasharray={stress ? STRESS_DASH : undefined} />
      <MarkShape index={index} x={28} y={6} size={8} />
    </svg>
  );
}
