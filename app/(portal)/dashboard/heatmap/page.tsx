import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getHeatmap } from '@/lib/dashboard/heatmap';
import { parseHeatmapFilters } from '@/lib/dashboard/heatmap-rules';
import { asAny } from '@/lib/i18n/translate';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { DashboardLinks } from '@/components/dashboard/dashboard-links';
import { HeatmapFilterForm } from '@/components/dashboard/heatmap-filters';
import { HeatmapLegend, HeatmapTable } from '@/components/dashboard/heatmap-table';
import { spanText } from '@/components/dashboard/span-text';

export async function generateMetadata() {
  const t = await getTranslations('dashboard.heatmap');
  return { title: t('title') };
}

/** Units × indicator readings, coloured by attainment; sortable and filterable through the address. */
export default async function HeatmapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('dashboard:all');
  const filters = parseHeatmapFilters(await searchParams);
  const [t, heatmap] = await Promise.all([getTranslations(), getHeatmap(actor, filters)]);
  if (!heatmap) return <EmptyState>{t('common.noData')}</EmptyState>;
  return (
    <>
      <PageHeader
        title={t('dashboard.heatmap.title')}
        subtitle={heatmap.span ? t('dashboard.heatmap.subtitle', { span: spanText(asAny(t), heatmap.span) }) : t('dashboard.heatmap.noSpan', { year: heatmap.year })}
      />
      <DashboardLinks actor={actor} current="heatmap" />
      <div className="space-y-4">
        <Card>
          <HeatmapFilterForm heatmap={heatmap} filters={filters} />
        </Card>
        <Card title={t('dashboard.heatmap.unitCount', { count: heatmap.rows.length })} actions={<HeatmapLegend />}>
          <HeatmapTable heatmap={heatmap} filters={filters} />
        </Card>
      </div>
    </>
  );
}
