'use client';

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  usePlotArea,
  XAxis,
  YAxis,
  type CartesianViewBox,
} from 'recharts';
import { formatMonth, monthTicks, type MonthPoint, type PaybackMark } from '../data';
import { Money } from '../money';
import { BASE, LINE, STRESS, type SeriesStyle } from '../theme';
import { activeRow, CHART_MARGIN, moneyAxis, monthAxis, NO_ANIMATION, TooltipBox, ZeroLine } from './shared';

const LABEL_LINE_HEIGHT = 16;
const LABEL_FONT_SIZE = 12;
/** A generous average glyph width of the bold 12 px label, to keep it inside the plot without measuring. */
const LABEL_CHAR_WIDTH = 7;
const LABEL_GAP = 6;

/**
 * "Base pays back: month 7" beside its payback line. Each scenario gets its
 * own text row at the top of the plot, so two paybacks in nearby months never
 * print over each other. The text runs towards the wider side of the line
 * and, on a phone where neither side is wide enough, slides back over the line
 * rather than off the plot.
 */
function PaybackLabel({ viewBox, text, colour, row }: { viewBox?: CartesianViewBox; text: string; colour: string; row: number }) {
  const plot = usePlotArea();
  if (!viewBox || viewBox.x === undefined || viewBox.y === undefined || !plot) return null;
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

interface CumulativeProfitPlotProps {
  data: MonthPoint[];
  paybacks: { series: SeriesStyle; mark: PaybackMark | null }[];
  title: string;
}

export function CumulativeProfitPlot({ data, paybacks, title }: CumulativeProfitPlotProps) {
  const horizon = data.length - 1;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={CHART_MARGIN} title={title}>
        <CartesianGrid vertical={false} stroke={LINE} />
        <XAxis dataKey="month" type="number" domain={[0, horizon]} ticks={monthTicks(horizon, 0)} {...monthAxis} />
        <YAxis {...moneyAxis} />
        <ZeroLine />
        {paybacks.map(({ series, mark }, row) =>
          mark ? (
            <ReferenceLine
              key={series.label}
              x={mark.month}
              stroke={series.colour}
              strokeDasharray="2 3"
              label={<PaybackLabel text={mark.label} colour={series.colour} row={row} />}
            />
          ) : null,
        )}
        <Tooltip
          cursor={{ stroke: LINE }}
          content={(props) => {
            const row = activeRow<MonthPoint>(props);
            return row ? (
              <TooltipBox
                shape="line"
                title={row.month === 0 ? `${formatMonth(0)}, before the first sale` : formatMonth(row.month)}
                lines={[
                  { series: BASE, label: BASE.label, value: <Money amount={row.base} /> },
                  { series: STRESS, label: STRESS.label, value: <Money amount={row.stress} /> },
                ]}
              />
            ) : null;
          }}
        />
        <Line type="linear" dataKey="base" name={BASE.label} stroke={BASE.colour} strokeWidth={2.5} dot={false} {...NO_ANIMATION} />
        <Line
          type="linear"
          dataKey="stress"
          name={STRESS.label}
          stroke={STRESS.colour}
          strokeWidth={2.5}
          strokeDasharray={STRESS.dash}
          dot={false}
          {...NO_ANIMATION}
        />
        {paybacks.map(({ series, mark }) =>
          mark ? (
            <ReferenceDot
              key={series.label}
              x={mark.month}
              y={mark.cumulativeProfit}
              r={5}
              fill={series.colour}
              stroke="white"
              strokeWidth={2}
            />
          ) : null,
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
