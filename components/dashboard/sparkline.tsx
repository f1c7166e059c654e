'use client';
/**
 * An indicator's yearly history and its projection to the target year, as a small chart. Receives
 * plain numbers; the words (the accessible description) come from the server. The box has its final
 * height from the start; the drawing (recharts) arrives after the page has loaded.
 */
import { useAfterLoad } from './after-load';

export type SparkPoint = { year: number; value: number | null; projected: number | null; partial?: boolean };
export type SparkTarget = { value?: number | null; min?: number | null; max?: number | null };

let chart: Promise<typeof import('./sparkline-chart')> | null = null;
const loadChart = () => (chart ??= import('./sparkline-chart'));

export function Sparkline({ points, target, label }: { points: SparkPoint[]; target?: SparkTarget; label: string }) {
  const loaded = useAfterLoad(loadChart);
  const Chart = loaded?.SparklineChart;
  return (
    <div role="img" aria-label={label} className="h-16 w-full min-w-0" data-testid="sparkline">
      {Chart && points.length > 0 && <Chart points={points} target={target} />}
    </div>
  );
}
