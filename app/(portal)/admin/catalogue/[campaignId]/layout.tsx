import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getCampaignForAdmin } from '@/lib/catalogue/admin-queries';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { Badge, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { CatalogueTabs } from '@/components/catalogue/catalogue-tabs';

export default async function CampaignLayout({ children, params }: { children: React.ReactNode; params: Promise<{ campaignId: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const campaign = await orNotFound(getCampaignForAdmin(actor, segmentId((await params).campaignId)));
  return (
    <>
      <PageHeader
        title={campaign.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <code>{campaign.code}</code>
            <span>{t('catalogue.years', { start: campaign.startYear, end: campaign.endYear })}</span>
            {campaign.active ? <Badge tone="good">{t('catalogue.activeBadge')}</Badge> : <Badge>{t('catalogue.inactiveBadge')}</Badge>}
          </span>
        }
        actions={
          <ButtonLink variant="secondary" href="/admin/catalogue">
            {t('catalogue.title')}
          </ButtonLink>
        }
      />
      <CatalogueTabs campaignId={campaign.id} />
      {children}
    </>
  );
}
