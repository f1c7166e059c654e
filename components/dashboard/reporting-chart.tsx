'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * Share of units that filed, and filed on time, for each period (recharts; the figures are also in
 * the table below, and the chart's label reads them out for screen readers).
 */
export type ReportingBar = { label: string; filed: number; onTime: number };

export function ReportingChart({ bars, names, label }: { bars: ReportingBar[]; names: { filed: string; onTime: string }; label: string }) {
  return (
    <div role="img" aria-label={label} className="h-64 w-full min-w-0" data-testid="reporting-chart">
      <ResponsiveContainer width="100%" height="100%" minWidth={240}>
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => `${v}%`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="filed" name={names.filed} fill="#1d4ed8" className="bar-filed" isAnimationActive={false} />
          <Bar dataKey="onTime" name={names.onTime} fill="#16a34a" className="bar-on-time" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
