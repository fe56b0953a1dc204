'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PerSaleRow } from '../data';
import { Money } from '../money';
import { barFill, HatchPattern, useSvgId } from '../series';
import { AXIS_TICK, BASE, LINE, STRESS } from '../theme';
import { activeRow, CHART_MARGIN, moneyAxis, NO_ANIMATION, TooltipBox, ZeroLine } from './shared';

/**
 * A waterfall: the price bar rises from zero, each cost hangs down from what
 * was left before it, and "left" stands on zero again, below it when a sale
 * loses money. Recharts draws a bar between the two numbers of a
 * [low, high] value, which is all a floating bar needs.
 */
export function PerSalePlot({ rows, title }: { rows: PerSaleRow[]; title: string }) {
  const hatchId = useSvgId('stress-hatch');
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={CHART_MARGIN} barGap={3} barCategoryGap="22%" title={title}>
        <defs>
          <HatchPattern id={hatchId} colour={STRESS.colour} />
        </defs>
        <CartesianGrid vertical={false} stroke={LINE} />
        <XAxis dataKey="shortLabel" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: LINE }} interval={0} />
        <YAxis {...moneyAxis} />
        <Tooltip
          cursor={{ fill: LINE, fillOpacity: 0.5 }}
          content={(props) => {
            const row = activeRow<PerSaleRow>(props);
            return row ? (
              <TooltipBox
                shape="bar"
                title={row.label}
                lines={[
                  { series: BASE, label: BASE.label, value: <Money amount={row.base.amount} />, detail: row.base.basis },
                  { series: STRESS, label: STRESS.label, value: <Money amount={row.stress.amount} />, detail: row.stress.basis },
                ]}
              />
            ) : null;
          }}
        />
        <Bar dataKey="baseRange" name={BASE.label} fill={BASE.colour} {...NO_ANIMATION} />
        <Bar dataKey="stressRange" name={STRESS.label} fill={barFill(STRESS, hatchId)} stroke={STRESS.colour} {...NO_ANIMATION} />
        <ZeroLine />
      </BarChart>
    </ResponsiveContainer>
  );
}
