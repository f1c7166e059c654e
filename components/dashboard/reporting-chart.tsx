'use client';
/** Share of units that filed, and filed on time, for each period: a small bar chart of plain numbers. */
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';

export type ReportingBar = { label: string; filed: number; onTime: number };

export function ReportingChart({ bars, names, label }: { bars: ReportingBar[]; names: { filed: string; onTime: string }; label: string }) {
  return (
    <div role="img" aria-label={label} className="w-full min-w-0" data-testid="reporting-chart">
      <BarChart responsive style={{ width: '100%', height: 240 }} data={bars} margin={{ top: 8, right: 8, bottom: 8, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="filed" name={names.filed} fill="#1d4ed8" isAnimationActive={false} />
        <Bar dataKey="onTime" name={names.onTime} fill="#16a34a" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
