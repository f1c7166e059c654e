import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getIndicatorsByArea } from '@/lib/catalogue/admin-queries';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { ButtonLink } from '@/components/ui/button';
import { IndicatorList } from '@/components/catalogue/indicator-list';

export default async function IndicatorsPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const campaignId = segmentId((await params).campaignId);
  const areas = await orNotFound(getIndicatorsByArea(actor, campaignId));
  const total = areas.reduce((n, a) => n + a.indicators.length, 0);
  return (
    <section aria-labelledby="indicators-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="indicators-heading">
          {t('catalogue.sections.indicators')} · {t('catalogue.indicatorCount', { count: total })}
        </h2>
        <ButtonLink href={`/admin/catalogue/${campaignId}/indicators/new`}>{t('catalogue.sections.newIndicator')}</ButtonLink>
      </div>
      <IndicatorList campaignId={campaignId} areas={areas} />
    </section>
  );
}
