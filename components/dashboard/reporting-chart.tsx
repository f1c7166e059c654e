'use client';
/** Share of units that filed, and filed on time, for each period: plain numbers in, words in the label. */
import { useAfterLoad } from './after-load';

export type ReportingBar = { label: string; filed: number; onTime: number };

let bars: Promise<typeof import('./reporting-chart-bars')> | null = null;
const loadBars = () => (bars ??= import('./reporting-chart-bars'));

export function ReportingChart({ bars: data, names, label }: { bars: ReportingBar[]; names: { filed: string; onTime: string }; label: string }) {
  const Bars = useAfterLoad(loadBars)?.ReportingBars;
  return (
    <div role="img" aria-label={label} className="h-60 w-full min-w-0" data-testid="reporting-chart">
      {Bars && <Bars bars={data} names={names} />}
    </div>
  );
}
