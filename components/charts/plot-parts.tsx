'use client';

import { ReferenceLine, Text, usePlotArea, type BarShapeProps, type CartesianViewBox, type TooltipContentProps, type YAxisTickContentProps } from 'recharts';
import { formatMoneyTick, formatMonth } from '@/lib/results/format';
import type { TornadoRow } from '@/lib/results/tornado';
import { AXIS_TICK, barFill, BASE, CALIBRATED, INK, INPUT_HIGHER, INPUT_LOWER, LINE, Money, STRESS, type SeriesStyle } from './look';
import type { TooltipLine } from './tooltip-box';

/*
 * The recharts pieces the plots are built from, so the four charts read
 * alike. Only plots.tsx imports this module: recharts stays in the lazy chunk.
 */

/** Values recompute on every move of a stress slider; an animation would trail behind the input. */
export const NO_ANIMATION = { isAnimationActive: false } as const;

export const CHART_MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };

/** A money value axis: compact ticks, full amounts are in the tooltip and the table. */
export const moneyAxis = {
  tickFormatter: formatMoneyTick,
  tick: AXIS_TICK,
  tickLine: false,
  axisLine: false,
  width: 52,
} as const;

/** A month axis with "Month 6" ticks; recharts drops the ones that would collide on a narrow screen. */
export const monthAxis = {
  tickFormatter: formatMonth,
  tick: AXIS_TICK,
  tickLine: false,
  axisLine: { stroke: LINE },
  interval: 'preserveStartEnd',
  minTickGap: 12,
} as const;

/**
 * The zero line, which also keeps zero on the money axis: bars grow from
 * zero and a line rising through it is where a payback can start, so a
 * loss-making idea must not get an axis from -$2.5K to -$1.5K with its bars
 * hanging from the top. Render it after the bars so it stays visible across them.
 */
export function ZeroLine() {
  return <ReferenceLine y={0} stroke={INK} ifOverflow="extendDomain" />;
}

/** A tooltip's base and stress lines, with how each amount comes about when there is more to say. */
export function scenarioLines(base: number, stress: number, detail?: { base: string; stress: string }, calibrated?: number): TooltipLine[] {
  return [
    { series: BASE, label: BASE.label, value: <Money amount={base} />, detail: detail?.base },
    { series: STRESS, label: STRESS.label, value: <Money amount={stress} />, detail: detail?.stress },
    ...(calibrated === undefined ? [] : [{ series: CALIBRATED, label: CALIBRATED.label, value: <Money amount={calibrated} /> }]),
  ];
}

/** The data row under the pointer (or the keyboard's focus), when the tooltip is showing. */
export function activeRow<Row>({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>): Row | undefined {
  return active ? (payload[0]?.payload as Row | undefined) : undefined;
}

const LABEL_LINE_HEIGHT = 16;
const LABEL_FONT_SIZE = 12;
/** A generous average glyph width of the bold 12 px label, to keep it inside the plot without measuring. */
const LABEL_CHAR_WIDTH = 7;
const LABEL_GAP = 6;

/**
 * "Base in the black for good: month 7" beside its payback line. Each scenario gets its
 * own text row at the top of the plot, so two paybacks in nearby months never
 * print over each other. The text runs towards the wider side of the line
 * and, on a phone where neither side is wide enough, slides back over the line
 * rather than off the plot.
 */
export function PaybackLabel({ viewBox, text, colour, row }: { viewBox?: CartesianViewBox; text: string; colour: string; row: number }) {
  const plot = usePlotArea();
  if (!viewBox || viewBox.x === undefined || viewBox.y === undefined || !plot) return null;
  // A phone's plot is narrower than the longest label ("Calibrated in the black
  // for good: month 9"): there it says "Calibrated: month 9", the legend saying the rest.
  if (text.length * LABEL_CHAR_WIDTH > plot.width) text = text.replace(' in the black for good:', ':');
  const width = text.length * LABEL_CHAR_WIDTH;
  const plotRight = plot.x + plot.width;
  const towardsLeft = viewBox.x - plot.x > plotRight - viewBox.x;
  const x = towardsLeft
    ? Math.min(plotRight, Math.max(plot.x + width, viewBox.x - LABEL_GAP))
    : Math.max(plot.x, Math.min(plotRight - width, viewBox.x + LABEL_GAP));
  return (
    <text
      x={x}
      y={viewBox.y + LABEL_LINE_HEIGHT * (row + 1)}
      textAnchor={towardsLeft ? 'end' : 'start'}
      fill={colour}
      fontSize={LABEL_FONT_SIZE}
      fontWeight={600}
      // A white halo keeps the words legible where they cross a line or the grid.
      stroke="white"
      strokeWidth={4}
      paintOrder="stroke"
    >
      {text}
    </text>
  );
}

export const LABEL_WIDTH = 116;

/** Input names such as "Support minutes per customer" wrap onto two lines instead of eating the bars' width. */
export function InputTick({ x, y, payload }: YAxisTickContentProps) {
  return (
    <Text x={Number(x) - 6} y={Number(y)} width={LABEL_WIDTH - 8} textAnchor="end" verticalAnchor="middle" fontSize={12} fill={INK}>
      {String(payload.value)}
    </Text>
  );
}

/**
 * One tornado bar in two parts split at the baseline: the part reached by
 * lowering the input and the part reached by raising it, each in its own
 * style. The bar spans [lowest, highest] net result, so the baseline's pixel
 * follows from the axis being linear.
 */
export function TornadoBar({ x, y, width, height, payload, baseline, lowerHatchId }: BarShapeProps & { baseline: number; lowerHatchId: string }) {
  const row = payload as TornadoRow;
  const [min, max] = row.range;
  const splitX = max === min ? x : x + ((baseline - min) / (max - min)) * width;
  const leftStyle = row.lowerResultFrom === 'low' ? INPUT_LOWER : INPUT_HIGHER;
  const rightStyle = leftStyle === INPUT_LOWER ? INPUT_HIGHER : INPUT_LOWER;
  const fill = (style: SeriesStyle) => barFill(style, lowerHatchId);
  return (
    <g>
      <rect x={x} y={y} width={Math.max(0, splitX - x)} height={height} fill={fill(leftStyle)} stroke={leftStyle.colour} />
      <rect x={splitX} y={y} width={Math.max(0, x + width - splitX)} height={height} fill={fill(rightStyle)} stroke={rightStyle.colour} />
    </g>
  );
}
