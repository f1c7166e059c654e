import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listCampaigns } from '@/lib/catalogue/admin-queries';
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('catalogue.title') };
}

export default async function CataloguePage() {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const campaigns = await listCampaigns(actor);
  return (
    <>
      <PageHeader
        title={t('catalogue.title')}
        subtitle={t('catalogue.intro')}
        actions={
          <>
            <ButtonLink href="/admin/catalogue/new">{t('catalogue.newCampaign')}</ButtonLink>
            <ButtonLink variant="secondary" href="/admin/catalogue/settings">
              {t('catalogue.settings')}
            </ButtonLink>
          </>
        }
      />
      <Card title={t('catalogue.campaigns')}>
        {campaigns.length === 0 && <EmptyState>{t('common.noData')}</EmptyState>}
        <ul className="divide-y divide-slate-100">
          {campaigns.map((c) => (
            <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div>
                <h3 className="text-base font-semibold">
                  <Link href={`/admin/catalogue/${c.id}/indicators`}>{c.name}</Link>
                </h3>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <code>{c.code}</code>
                  <span>{t('catalogue.years', { start: c.startYear, end: c.endYear })}</span>
                  {c.active ? <Badge tone="good">{t('catalogue.activeBadge')}</Badge> : <Badge>{t('catalogue.inactiveBadge')}</Badge>}
                </div>
                <p className="mt-1 text-sm text-slate-600">
                  {t('catalogue.counts', { indicators: c._count.indicators, elements: c._count.elements, periods: c._count.periods })}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <ButtonLink variant="secondary" href={`/admin/catalogue/${c.id}/indicators`} aria-label={`${t('catalogue.openCatalogue')}: ${c.code}`}>
                  {t('catalogue.openCatalogue')}
                </ButtonLink>
                <ButtonLink variant="ghost" href={`/admin/catalogue/${c.id}`} aria-label={`${t('catalogue.tabs.campaign')}: ${c.code}`}>
                  {t('catalogue.tabs.campaign')}
                </ButtonLink>
              </div>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
