'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Individual commendations by year: how many went to persons holding a leadership post, how many to staff. */
export function FairnessChart({ rows, names, label }: { rows: Array<{ year: string; leaders: number; staff: number }>; names: { leaders: string; staff: string }; label: string }) {
  return (
    <div role="img" aria-label={label} className="h-56 w-full min-w-0" data-testid="fairness-chart">
      <ResponsiveContainer width="100%" height="100%" minWidth={240}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="leaders" name={names.leaders} stackId="people" fill="#b91c1c" isAnimationActive={false} />
          <Bar dataKey="staff" name={names.staff} stackId="people" fill="#2563eb" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
