import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getElementsForAdmin } from '@/lib/catalogue/admin-queries';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { Card } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { ElementTable } from '@/components/catalogue/element-table';

export default async function ElementsPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const campaignId = segmentId((await params).campaignId);
  const elements = await orNotFound(getElementsForAdmin(actor, campaignId));
  return (
    <Card
      title={`${t('catalogue.sections.elements')} (${elements.length})`}
      actions={<ButtonLink href={`/admin/catalogue/${campaignId}/elements/new`}>{t('catalogue.sections.newElement')}</ButtonLink>}
    >
      <ElementTable campaignId={campaignId} elements={elements} />
    </Card>
  );
}
