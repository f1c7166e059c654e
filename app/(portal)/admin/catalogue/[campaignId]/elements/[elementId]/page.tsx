import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getElementForAdmin, getElementFormOptions } from '@/lib/catalogue/admin-queries';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { decimalInputValue } from '@/lib/catalogue/form-values';
import { Card } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { ElementForm } from '@/components/catalogue/element-form';

export default async function EditElementPage({ params }: { params: Promise<{ campaignId: string; elementId: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const raw = await params;
  const campaignId = segmentId(raw.campaignId);
  const [element, options] = await orNotFound(Promise.all([getElementForAdmin(actor, campaignId, segmentId(raw.elementId)), getElementFormOptions(actor, campaignId)]));
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2>{t('catalogue.sections.editElement', { code: element.code })}</h2>
        <ButtonLink variant="secondary" href={`/admin/catalogue/${campaignId}/elements`}>
          {t('catalogue.backToList')}
        </ButtonLink>
      </div>
      <Card>
        <ElementForm
          campaignId={campaignId}
          totals={options.elements}
          owners={options.units}
          element={{
            id: element.id,
            version: element.version,
            code: element.code,
            name: element.name,
            nameEn: element.nameEn ?? '',
            unitLabel: element.unitLabel,
            valueType: element.valueType,
            overTime: element.overTime,
            periodTypes: element.periodTypes,
            reporterGroups: element.reporterGroups,
            ownerUnitId: element.ownerUnitId?.toString() ?? '',
            minValue: decimalInputValue(element.minValue),
            maxValue: decimalInputValue(element.maxValue),
            totalElementId: element.totalElementId?.toString() ?? '',
            evidenceRequired: element.evidenceRequired,
            outlierThresholdPct: decimalInputValue(element.outlierThresholdPct),
            active: element.active,
          }}
        />
      </Card>
    </div>
  );
}
