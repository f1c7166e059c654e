import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Heatmap } from '@/lib/dashboard/heatmap';
import type { HeatmapFilters } from '@/lib/dashboard/heatmap-rules';
import type { Locale } from '@/lib/i18n/config';
import { buttonClass } from '@/components/ui/button';

const SELECT = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm';

/** A plain GET form: the filtered view lives in the address and works without JavaScript. */
export async function HeatmapFilterForm({ heatmap, filters }: { heatmap: Heatmap; filters: HeatmapFilters }) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const name = (x: { name: string; nameEn?: string | null }) => (locale === 'en' && x.nameEn ? x.nameEn : x.name);
  return (
    <form method="get" action="/dashboard/heatmap" className="grid grid-cols-1 items-end gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label={t('dashboard.heatmap.filters')}>
      {filters.sort !== 'name' && <input type="hidden" name="sort" value={String(filters.sort)} />}
      {filters.dir === 'desc' && <input type="hidden" name="dir" value="desc" />}
      <div>
        <label htmlFor="hm-year" className="block text-sm font-medium">
          {t('dashboard.heatmap.year')}
        </label>
        <select id="hm-year" name="year" defaultValue={String(heatmap.year)} className={SELECT}>
          {heatmap.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="hm-group" className="block text-sm font-medium">
          {t('dashboard.heatmap.group')}
        </label>
        <select id="hm-group" name="group" defaultValue={filters.groupId === null ? '' : String(filters.groupId)} className={SELECT}>
          <option value="">{t('dashboard.heatmap.allGroups')}</option>
          {heatmap.groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="hm-area" className="block text-sm font-medium">
          {t('dashboard.heatmap.area')}
        </label>
        <select id="hm-area" name="area" defaultValue={filters.areaId === null ? '' : String(filters.areaId)} className={SELECT}>
          <option value="">{t('dashboard.heatmap.allAreas')}</option>
          {heatmap.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {name(a)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-h-10 items-center gap-2">
        <input id="hm-border" type="checkbox" name="border" value="1" defaultChecked={filters.border} className="h-5 w-5" />
        <label htmlFor="hm-border" className="text-sm">
          {t('dashboard.heatmap.border')}
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass('primary')}>
          {t('dashboard.heatmap.apply')}
        </button>
        <Link href="/dashboard/heatmap" className={buttonClass('ghost')}>
          {t('dashboard.heatmap.reset')}
        </Link>
      </div>
    </form>
  );
}
