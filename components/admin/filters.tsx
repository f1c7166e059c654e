import Form from 'next/form';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';

const fieldClass = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm';

/**
 * A filter bar: a GET form whose fields become the page's search parameters (next/form navigates
 * on the client). Single column on a phone, a row on a wide screen.
 */
export async function FilterBar({ action, children, resetHref, submitLabel }: { action: string; children: React.ReactNode; resetHref?: string; submitLabel?: string }) {
  const t = await getTranslations();
  return (
    <Form action={action} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      {children}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass('primary')}>
          {submitLabel ?? t('common.filter')}
        </button>
        {resetHref && (
          <a href={resetHref} className={buttonClass('ghost')}>
            {t('common.all')}
          </a>
        )}
      </div>
    </Form>
  );
}

export function FilterText({
  name,
  label,
  defaultValue,
  placeholder,
  error,
  type = 'search',
  inputMode,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  placeholder?: string;
  error?: string;
  type?: 'search' | 'text';
  inputMode?: 'numeric';
}) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        placeholder={placeholder}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${fieldClass} ${error ? 'border-red-500' : ''}`}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function FilterSelect({
  name,
  label,
  defaultValue,
  options,
  allLabel,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  options: Array<{ value: string; label: string }>;
  /** the empty choice ("all"); omitted when a value is always chosen */
  allLabel?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ''} className={fieldClass}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The province selector of an administration page; a single province needs no choice. */
export async function ProvinceFilter({ provinces, current }: { provinces: Array<{ id: number; name: string; code: string }>; current: number }) {
  const t = await getTranslations();
  if (provinces.length < 2) return null;
  return <FilterSelect name="province" label={t('admin.province')} defaultValue={String(current)} options={provinces.map((p) => ({ value: String(p.id), label: `${p.name} (${p.code})` }))} />;
}
