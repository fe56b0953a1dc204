'use client';

/*
 * The frame of the hand-drawn plots (./uncertainty-plots): a box that knows
 * its size, and a tooltip that follows the pointer or the arrow keys.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { formatMoneyTick, formatMonth } from '@/lib/results/format';
import { AXIS_TICK, INK, LINE } from './look';

/** The box's size, kept up to date as the page reflows (a phone turned sideways). */
function useBoxSize() {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return { ref, ...size };
}

/** "M x y L x y …" through the points, skipping none. */
export const pathThrough = (points: [number, number][]) => points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join('');

/** A rough width of an axis label in the 12 px font, to space ticks without measuring text. */
export const labelWidth = (text: string) => text.length * 7 + 12;

/**
 * The plot's box with its tooltip: the pointer (or the arrow keys, once the
 * plot has focus) picks an index, and `tooltip` says what to show for it,
 * placed beside the pointer on the roomier side.
 */
export function Plot({
  title,
  count,
  indexAt,
  anchorOf,
  tooltip,
  children,
}: {
  title: string;
  count: number;
  /** The index under a pointer at (x, y) in the SVG's pixels. */
  indexAt: (x: number, y: number, width: number, height: number) => number | null;
  /** Where the tooltip for an index sits: its x in the SVG's pixels. */
  anchorOf: (index: number, width: number) => number;
  tooltip: (index: number) => ReactNode;
  children: (size: { width: number; height: number }, active: number | null) => ReactNode;
}) {
  const { ref, width, height } = useBoxSize();
  const [active, setActive] = useState<number | null>(null);
  const shown = active !== null && active < count ? active : null;
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setActive(indexAt(event.clientX - box.left, event.clientY - box.top, width, height));
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    setActive((index) => Math.min(count - 1, Math.max(0, (index ?? (step > 0 ? -1 : count)) + step)));
  };
  const anchor = shown === null ? 0 : anchorOf(shown, width);
  return (
    <div ref={ref} className="relative h-full w-full">
      {width > 0 && (
        <svg
          width={width}
          height={height}
          role="img"
          data-plot
          aria-label={`${title}: use the arrow keys to read it month by month, or show the table`}
          tabIndex={0}
          className="touch-pan-y overflow-visible outline-none focus-visible:ring-2 focus-visible:ring-brand"
          onPointerMove={onPointerMove}
          onPointerLeave={() => setActive(null)}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(null)}
        >
          {children({ width, height }, shown)}
        </svg>
      )}
      {shown !== null && (
        <div
          className="pointer-events-none absolute top-2 z-10"
          style={anchor > width / 2 ? { right: width - anchor + 12 } : { left: anchor + 12 }}
        >
          {tooltip(shown)}
        </div>
      )}
    </div>
  );
}


/**
 * The frame of a money-over-months plot: a grid line per money tick (the $0
 * line in ink) labelled at the left, and the month ticks along the bottom.
 */
export function MoneyMonthAxes({
  yTicks,
  yOf,
  xTicks,
  xOf,
  horizon,
  left,
  right,
  bottom,
}: {
  yTicks: number[];
  yOf: (value: number) => number;
  xTicks: number[];
  xOf: (month: number) => number;
  horizon: number;
  /** The plot area's left and right edges and its bottom, in the SVG's pixels. */
  left: number;
  right: number;
  bottom: number;
}) {
  return (
    <>
      {yTicks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={right} y1={yOf(tick)} y2={yOf(tick)} stroke={tick === 0 ? INK : LINE} />
          <text x={left - 6} y={yOf(tick)} dy="0.32em" textAnchor="end" {...AXIS_TICK}>
            {formatMoneyTick(tick)}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <text key={tick} x={xOf(tick)} y={bottom + 16} textAnchor={tick === 0 ? 'start' : tick === horizon ? 'end' : 'middle'} {...AXIS_TICK}>
          {formatMonth(tick)}
        </text>
      ))}
    </>
  );
}
