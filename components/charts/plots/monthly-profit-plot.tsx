'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth, monthTicks, type MonthPoint } from '../data';
import { Money } from '../money';
import { barFill, HatchPattern, useSvgId } from '../series';
import { BASE, LINE, STRESS } from '../theme';
import { activeRow, CHART_MARGIN, moneyAxis, monthAxis, NO_ANIMATION, TooltipBox, ZeroLine } from './shared';

export function MonthlyProfitPlot({ data, title }: { data: MonthPoint[]; title: string }) {
  const hatchId = useSvgId('stress-hatch');
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={CHART_MARGIN} barGap={1} barCategoryGap="20%" title={title}>
        <defs>
          <HatchPattern id={hatchId} colour={STRESS.colour} />
        </defs>
        <CartesianGrid vertical={false} stroke={LINE} />
        <XAxis dataKey="month" ticks={monthTicks(data.length, 1)} {...monthAxis} />
        <YAxis {...moneyAxis} />
        <Tooltip
          cursor={{ fill: LINE, fillOpacity: 0.5 }}
          content={(props) => {
            const row = activeRow<MonthPoint>(props);
            return row ? (
              <TooltipBox
                shape="bar"
                title={formatMonth(row.month)}
                lines={[
                  { series: BASE, label: BASE.label, value: <Money amount={row.base} /> },
                  { series: STRESS, label: STRESS.label, value: <Money amount={row.stress} /> },
                ]}
              />
            ) : null;
          }}
        />
        <Bar dataKey="base" name={BASE.label} fill={BASE.colour} {...NO_ANIMATION} />
        <Bar dataKey="stress" name={STRESS.label} fill={barFill(STRESS, hatchId)} stroke={STRESS.colour} {...NO_ANIMATION} />
        <ZeroLine />
      </BarChart>
    </ResponsiveContainer>
  );
}
