import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getPublicOverview } from '@/lib/public/queries';
import { targetText } from '@/lib/catalogue/target-text';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { Card, EmptyState } from '@/components/ui/card';
import { CampaignCard } from '@/components/home/milestones';

export async function generateMetadata() {
  const t = await getTranslations('public');
  return { title: t('title') };
}

export default async function PublicPage({ searchParams }: { searchParams: Promise<{ province?: string }> }) {
  const { province: code } = await searchParams;
  const t = await getTranslations();
  const locale = await getLocale();
  const data = await getPublicOverview(code);
  return (
    <div className="min-h-screen">
      <header className="bg-brand-700 px-4 py-4 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2">
          <div>
            <div className="text-xs uppercase tracking-wide text-brand-100">{t('public.title')}</div>
            <div className="text-lg font-semibold">{t('app.name')}</div>
          </div>
          <div className="flex items-center gap-3">
            <LanguageSwitch />
            <Link href="/login" className="text-sm text-white underline">
              {t('public.signIn')}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <h1>{data?.campaign?.name ?? t('public.title')}</h1>
        <p className="text-sm text-slate-600">{t('public.intro')}</p>
        <nav aria-label={t('public.sections')}>
          <ul className="grid gap-2 sm:grid-cols-3">
            {(
              [
                ['/public/disclosure', t('public.disclosure')],
                ['/public/decisions', t('public.decisions')],
                ['/public/models', t('public.models')],
              ] as const
            ).map(([href, label]) => (
              <li key={href}>
                <Link href={`${href}${code ? `?province=${code}` : ''}`} className="block rounded-md border border-slate-200 bg-white px-3 py-3 text-sm font-medium no-underline hover:bg-slate-50">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {!data?.campaign && <EmptyState>{t('common.noData')}</EmptyState>}
        {data?.campaign && (
          <div className="grid gap-4 lg:grid-cols-3">
            <div className="space-y-4 lg:col-span-2">
              {data.areas.map((area) => (
                <Card key={area.name} title={area.name}>
                  <ul className="divide-y divide-slate-100 text-sm">
                    {area.indicators.map((i) => (
                      <li key={i.id} className="flex flex-wrap justify-between gap-2 py-2">
                        <span>{i.name}</span>
                        <span className="font-medium">{targetText(i, locale)}</span>
                      </li>
                    ))}
                  </ul>
                </Card>
              ))}
            </div>
            <CampaignCard campaign={data.campaign} />
          </div>
        )}
      </main>
    </div>
  );
}
