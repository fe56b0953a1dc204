/*
 * The results page's charts. Each renders its card, legend and table on the
 * server and in the first load, and fetches its recharts plot lazily in the
 * browser into a box of fixed height, so the page neither carries recharts in
 * its first-load JavaScript nor shifts when a plot appears.
 */
export { MonthlyProfitChart } from './monthly-profit-chart';
export { CumulativeProfitChart } from './cumulative-profit-chart';
export { PerSaleChart } from './per-sale-chart';
export { SensitivityChart, type SensitivityChartProps } from './sensitivity-chart';
export type { HeadingLevel, ScenarioChartProps } from './chart-card';
