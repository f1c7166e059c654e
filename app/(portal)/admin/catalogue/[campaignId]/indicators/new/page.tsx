import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getIndicatorFormOptions } from '@/lib/catalogue/admin-queries';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { Alert, Card } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { IndicatorForm } from '@/components/catalogue/indicator-form';

export default async function NewIndicatorPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const campaignId = segmentId((await params).campaignId);
  const options = await orNotFound(getIndicatorFormOptions(actor, campaignId));
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2>{t('catalogue.sections.newIndicator')}</h2>
        <ButtonLink variant="secondary" href={`/admin/catalogue/${campaignId}/indicators`}>
          {t('catalogue.backToList')}
        </ButtonLink>
      </div>
      {options.areas.length === 0 && <Alert tone="warning">{t('catalogue.hints.noAreas')}</Alert>}
      <Card>
        <IndicatorForm campaignId={campaignId} areas={options.areas} elements={options.elements} defaultBaselineYear={options.campaign.startYear - 1} />
      </Card>
    </div>
  );
}
