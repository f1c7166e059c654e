'use client';
/** The drawing of a sparkline (recharts), loaded after the page: see sparkline.tsx. */
import { Line, LineChart, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { SparkPoint, SparkTarget } from './sparkline';

export function SparklineChart({ points, target }: { points: SparkPoint[]; target?: SparkTarget }) {
  return (
    <LineChart responsive style={{ width: '100%', height: 64 }} data={points} margin={{ top: 6, right: 6, bottom: 2, left: 6 }} accessibilityLayer={false}>
      <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} hide />
      <YAxis type="number" domain={['auto', 'auto']} hide />
      {target?.min != null && target?.max != null && <ReferenceArea y1={target.min} y2={target.max} fill="#16a34a" fillOpacity={0.12} ifOverflow="extendDomain" />}
      {target?.value != null && <ReferenceLine y={target.value} stroke="#16a34a" strokeDasharray="2 2" ifOverflow="extendDomain" />}
      <Line dataKey="projected" stroke="#64748b" strokeDasharray="4 3" dot={false} isAnimationActive={false} connectNulls />
      <Line dataKey="value" stroke="#1d4ed8" strokeWidth={2} dot={{ r: 2.5 }} isAnimationActive={false} connectNulls />
    </LineChart>
  );
}
