import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';

/** A plain GET form: works without JavaScript and keeps the year in the address. */
export async function YearPicker({ action, years, year }: { action: string; years: readonly number[]; year: number }) {
  const t = await getTranslations();
  return (
    <form method="get" action={action} className="flex items-end gap-2">
      <div>
        <label htmlFor="year" className="block text-sm font-medium">
          {t('common.year')}
        </label>
        <select id="year" name="year" defaultValue={String(year)} className="mt-1 block rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass('secondary')}>
        {t('appraisal.show')}
      </button>
    </form>
  );
}
