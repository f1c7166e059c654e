import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getIndicatorForAdmin, getIndicatorFormOptions } from '@/lib/catalogue/admin-queries';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { decimalInputValue } from '@/lib/catalogue/form-values';
import { Card } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { IndicatorForm } from '@/components/catalogue/indicator-form';

export default async function EditIndicatorPage({ params }: { params: Promise<{ campaignId: string; indicatorId: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const raw = await params;
  const campaignId = segmentId(raw.campaignId);
  const [indicator, options] = await orNotFound(Promise.all([getIndicatorForAdmin(actor, campaignId, segmentId(raw.indicatorId)), getIndicatorFormOptions(actor, campaignId)]));
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2>{t('catalogue.sections.editIndicator', { code: indicator.code })}</h2>
        <ButtonLink variant="secondary" href={`/admin/catalogue/${campaignId}/indicators`}>
          {t('catalogue.backToList')}
        </ButtonLink>
      </div>
      <Card>
        <IndicatorForm
          campaignId={campaignId}
          areas={options.areas}
          elements={options.elements}
          defaultBaselineYear={options.campaign.startYear - 1}
          indicator={{
            id: indicator.id,
            version: indicator.version,
            code: indicator.code,
            name: indicator.name,
            nameEn: indicator.nameEn ?? '',
            contestAreaId: indicator.contestAreaId,
            unitLabel: indicator.unitLabel,
            comparison: indicator.comparison,
            targetValue: decimalInputValue(indicator.targetValue),
            targetMin: decimalInputValue(indicator.targetMin),
            targetMax: decimalInputValue(indicator.targetMax),
            horizon: indicator.horizon,
            horizonYear: indicator.horizonYear?.toString() ?? '',
            baselineYear: indicator.baselineYear?.toString() ?? '',
            sourceText: indicator.sourceText,
            interpretation: indicator.interpretation ?? '',
            notes: indicator.notes.join('\n'),
            formula: indicator.formula,
            unitReading: indicator.unitReading,
            active: indicator.active,
          }}
        />
      </Card>
    </div>
  );
}
