import { buttonClass } from '@/components/ui/button';

/** A list's filter: a field of a GET form (the filter lives in the address, so it can be shared and kept). */
export type Filter =
  | { name: string; label: string; value: string; options: ReadonlyArray<{ value: string | number; label: string }>; all?: string }
  | { name: string; label: string; value: string; placeholder?: string; numeric?: boolean };

const FIELD = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm';
// Tailwind sees whole class names only: one column per field and one for the button.
const COLUMNS: Record<number, string> = { 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-3', 4: 'sm:grid-cols-4', 5: 'sm:grid-cols-5', 6: 'sm:grid-cols-6' };

/** Filters side by side (stacked on a phone) with the apply button; `keep` carries hidden parameters along. */
export function FilterForm({ filters, submitLabel, keep = {} }: { filters: ReadonlyArray<Filter | false>; submitLabel: string; keep?: Record<string, string | undefined> }) {
  const shown = filters.filter((f): f is Filter => f !== false);
  return (
    <form method="get" className={`grid gap-3 ${COLUMNS[shown.length + 1] ?? 'sm:grid-cols-4'}`}>
      {Object.entries(keep).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      {shown.map((f) => (
        <div key={f.name}>
          <label htmlFor={`filter-${f.name}`} className="block text-sm font-medium">
            {f.label}
          </label>
          {'options' in f ? (
            <select id={`filter-${f.name}`} name={f.name} defaultValue={f.value} className={FIELD}>
              {f.all !== undefined && <option value="">{f.all}</option>}
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input id={`filter-${f.name}`} name={f.name} defaultValue={f.value} placeholder={f.placeholder} inputMode={f.numeric ? 'numeric' : undefined} className={FIELD} />
          )}
        </div>
      ))}
      <div className="flex items-end">
        <button type="submit" className={buttonClass('secondary', 'w-full')}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
