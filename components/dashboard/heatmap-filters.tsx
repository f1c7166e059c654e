import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Heatmap } from '@/lib/dashboard/heatmap';
import type { HeatmapFilters } from '@/lib/dashboard/heatmap-rules';
import type { Locale } from '@/lib/i18n/config';
import { buttonClass } from '@/components/ui/button';
import { FilterSelect } from '@/components/admin/filters';

/** A plain GET form: the filtered view lives in the address and works without JavaScript. */
export async function HeatmapFilterForm({ heatmap, filters }: { heatmap: Heatmap; filters: HeatmapFilters }) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const name = (x: { name: string; nameEn?: string | null }) => (locale === 'en' && x.nameEn ? x.nameEn : x.name);
  return (
    <form method="get" action="/dashboard/heatmap" className="grid grid-cols-1 items-end gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label={t('dashboard.heatmap.filters')}>
      {filters.sort !== 'name' && <input type="hidden" name="sort" value={String(filters.sort)} />}
      {filters.dir === 'desc' && <input type="hidden" name="dir" value="desc" />}
      <FilterSelect name="year" label={t('dashboard.heatmap.year')} defaultValue={String(heatmap.year)} options={heatmap.years.map((y) => ({ value: String(y), label: String(y) }))} />
      <FilterSelect
        name="group"
        label={t('dashboard.heatmap.group')}
        defaultValue={filters.groupId === null ? '' : String(filters.groupId)}
        allLabel={t('dashboard.heatmap.allGroups')}
        options={heatmap.groups.map((g) => ({ value: String(g.id), label: g.name }))}
      />
      <FilterSelect
        name="area"
        label={t('dashboard.heatmap.area')}
        defaultValue={filters.areaId === null ? '' : String(filters.areaId)}
        allLabel={t('dashboard.heatmap.allAreas')}
        options={heatmap.areas.map((a) => ({ value: String(a.id), label: name(a) }))}
      />
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
