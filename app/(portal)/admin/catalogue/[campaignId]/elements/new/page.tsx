import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getElementFormOptions } from '@/lib/catalogue/admin-queries';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { Card } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { ElementForm } from '@/components/catalogue/element-form';

export default async function NewElementPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const campaignId = segmentId((await params).campaignId);
  const options = await orNotFound(getElementFormOptions(actor, campaignId));
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2>{t('catalogue.sections.newElement')}</h2>
        <ButtonLink variant="secondary" href={`/admin/catalogue/${campaignId}/elements`}>
          {t('catalogue.backToList')}
        </ButtonLink>
      </div>
      <Card>
        <ElementForm campaignId={campaignId} totals={options.elements} owners={options.units} />
      </Card>
    </div>
  );
}
