'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { formatInput, formatMoneyTick, type TornadoRow, type ValueAxis } from '../data';
import { Money } from '../money';
import { barFill, HatchPattern, useSvgId } from '../series';
import { AXIS_TICK, INK, INPUT_HIGHER, INPUT_LOWER, LINE, MUTED, type SeriesStyle } from '../theme';
import { activeRow, NO_ANIMATION, TooltipBox } from './shared';

const LABEL_WIDTH = 116;

/** Input names such as "Support minutes per customer" wrap onto two lines instead of eating the bars' width. */
function InputTick({ x, y, payload }: YAxisTickContentProps) {
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
function TornadoBar({ x, y, width, height, payload, baseline, lowerHatchId }: BarShapeProps & { baseline: number; lowerHatchId: string }) {
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

interface SensitivityPlotProps {
  rows: TornadoRow[];
  baseline: number;
  axis: ValueAxis;
  title: string;
}

export function SensitivityPlot({ rows, baseline, axis, title }: SensitivityPlotProps) {
  const hatchId = useSvgId('lower-hatch');
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }} barCategoryGap="28%" title={title}>
        <defs>
          <HatchPattern id={hatchId} colour={INPUT_LOWER.colour} />
        </defs>
        <CartesianGrid horizontal={false} stroke={LINE} />
        <XAxis type="number" domain={axis.domain} ticks={axis.ticks} tickFormatter={formatMoneyTick} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: LINE }} />
        <YAxis type="category" dataKey="label" width={LABEL_WIDTH} tick={InputTick} tickLine={false} axisLine={false} interval={0} />
        <Tooltip
          cursor={{ fill: LINE, fillOpacity: 0.5 }}
          content={(props) => {
            const row = activeRow<TornadoRow>(props);
            return row ? (
              <TooltipBox
                shape="bar"
                title={row.inputChange}
                lines={[
                  { series: INPUT_LOWER, label: `At ${formatInput(row.field, row.low.value)}`, value: <Money amount={row.low.netResult} /> },
                  { series: INPUT_HIGHER, label: `At ${formatInput(row.field, row.high.value)}`, value: <Money amount={row.high.netResult} /> },
                ]}
              />
            ) : null;
          }}
        />
        <Bar dataKey="range" shape={(props: BarShapeProps) => <TornadoBar {...props} baseline={baseline} lowerHatchId={hatchId} />} {...NO_ANIMATION} />
        {/* Drawn only when the bars reach zero (recharts discards a reference line outside the domain). */}
        <ReferenceLine x={0} stroke={MUTED} strokeDasharray="3 3" />
        <ReferenceLine x={baseline} stroke={INK} strokeWidth={1.5} />
      </BarChart>
    </ResponsiveContainer>
  );
}
