'use client';
/**
 * An indicator's yearly history and its projection to the target year, as a small chart. Receives
 * plain numbers; the words (the accessible description) come from the server.
 */
import { useSyncExternalStore } from 'react';
import { Line, LineChart, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';

const subscribe = () => () => {};
/** True in the browser, false while the server renders: the chart is drawn only in the browser. */
export function useInBrowser(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}

export type SparkPoint = { year: number; value: number | null; projected: number | null; partial?: boolean };

export function Sparkline({ points, target, label }: { points: SparkPoint[]; target?: { value?: number | null; min?: number | null; max?: number | null }; label: string }) {
  // Drawn in the browser only, where the chart can measure its box: the server sends the box at its
  // final height (no layout shift) and the words, in the label, from the start.
  const inBrowser = useInBrowser();
  return (
    <div role="img" aria-label={label} className="h-16 w-full min-w-0" data-testid="sparkline">
      {inBrowser && points.length > 0 && (
        <LineChart responsive style={{ width: '100%', height: 64 }} data={points} margin={{ top: 6, right: 6, bottom: 2, left: 6 }} accessibilityLayer={false}>
          <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} hide />
          <YAxis type="number" domain={['auto', 'auto']} hide />
          {target?.min != null && target?.max != null && <ReferenceArea y1={target.min} y2={target.max} fill="#16a34a" fillOpacity={0.12} ifOverflow="extendDomain" />}
          {target?.value != null && <ReferenceLine y={target.value} stroke="#16a34a" strokeDasharray="2 2" ifOverflow="extendDomain" />}
          <Line dataKey="projected" stroke="#64748b" strokeDasharray="4 3" dot={false} isAnimationActive={false} connectNulls />
          <Line dataKey="value" stroke="#1d4ed8" strokeWidth={2} dot={{ r: 2.5 }} isAnimationActive={false} connectNulls />
        </LineChart>
      )}
    </div>
  );
}
