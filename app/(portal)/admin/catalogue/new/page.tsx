import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { vnDay } from '@/lib/clock';
import { Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { CampaignForm } from '@/components/catalogue/campaign-form';

export default async function NewCampaignPage() {
  await requirePagePermission('admin:manage');
  const t = await getTranslations();
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t('catalogue.newCampaign')}
        subtitle={t('catalogue.newCampaignIntro')}
        actions={
          <ButtonLink variant="secondary" href="/admin/catalogue">
            {t('catalogue.backToList')}
          </ButtonLink>
        }
      />
      <Card>
        <CampaignForm defaultYear={Number(vnDay().slice(0, 4))} />
      </Card>
    </div>
  );
}
