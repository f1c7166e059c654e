/**
 * Share of units that filed, and filed on time, for each period: bars drawn with HTML on the server
 * (no chart library reaches the browser); the words are in the label, the figures in the table below.
 */
export type ReportingBar = { label: string; filed: number; onTime: number };

export function ReportingChart({ bars, names, label }: { bars: ReportingBar[]; names: { filed: string; onTime: string }; label: string }) {
  const bar = (value: number, colour: string, series: string) => (
    <div className={`w-3 rounded-t sm:w-5 ${colour}`} style={{ height: `${Math.max(0, Math.min(100, value))}%` }} data-bar={series} />
  );
  return (
    <div role="img" aria-label={label} className="w-full min-w-0" data-testid="reporting-chart">
      <div aria-hidden="true" className="relative flex h-48 items-end gap-2 overflow-hidden border-b border-l border-slate-300 pl-1 sm:gap-4">
        {[25, 50, 75].map((line) => (
          <div key={line} className="absolute inset-x-0 border-t border-dashed border-slate-200" style={{ bottom: `${line}%` }} />
        ))}
        {bars.map((b) => (
          <div key={b.label} className="relative flex h-full min-w-0 flex-1 items-end justify-center gap-0.5">
            {bar(b.filed, 'bg-blue-700', 'filed')}
            {bar(b.onTime, 'bg-green-600', 'onTime')}
          </div>
        ))}
      </div>
      <div aria-hidden="true" className="mt-1 flex gap-2 pl-1 text-center text-[11px] text-slate-600 sm:gap-4">
        {bars.map((b) => (
          <div key={b.label} className="min-w-0 flex-1 truncate">
            {b.label}
          </div>
        ))}
      </div>
      <div aria-hidden="true" className="mt-2 flex flex-wrap gap-4 text-xs">
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-blue-700" /> {names.filed}
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-green-600" /> {names.onTime}
        </span>
      </div>
    </div>
  );
}
