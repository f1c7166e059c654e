'use client';
/** The drawing of the reporting chart (recharts), loaded after the page: see reporting-chart.tsx. */
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { ReportingBar } from './reporting-chart';

export function ReportingBars({ bars, names }: { bars: ReportingBar[]; names: { filed: string; onTime: string } }) {
  return (
    <BarChart responsive style={{ width: '100%', height: 240 }} data={bars} margin={{ top: 8, right: 8, bottom: 8, left: -16 }} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
      <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="filed" name={names.filed} fill="#1d4ed8" isAnimationActive={false} />
      <Bar dataKey="onTime" name={names.onTime} fill="#16a34a" isAnimationActive={false} />
    </BarChart>
  );
}
