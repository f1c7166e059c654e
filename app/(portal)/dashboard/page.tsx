import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getOverview } from '@/lib/dashboard/overview';
import { asAny } from '@/lib/i18n/translate';
import type { Locale } from '@/lib/i18n/config';
import { Alert, EmptyState, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { DashboardLinks } from '@/components/dashboard/dashboard-links';
import { IndicatorCard } from '@/components/dashboard/indicator-card';
import { ProjectionSummary } from '@/components/dashboard/projection-summary';
import { spanText } from '@/components/dashboard/span-text';

export async function generateMetadata() {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

/** The province overview: every indicator of the plan, live from accepted figures. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ pending?: string }> }) {
  const actor = await requirePagePermission('dashboard:overview');
  const withSubmitted = (await searchParams).pending === '1';
  const [t, locale, overview] = await Promise.all([getTranslations(), getLocale(), getOverview(actor, { withSubmitted })]);
  if (!overview) return <EmptyState>{t('common.noData')}</EmptyState>;
  const tt = asAny(t);
  const areaName = (a: { name: string; nameEn: string | null }) => ((locale as Locale) === 'en' && a.nameEn ? a.nameEn : a.name);
  const indicators = overview.areas.flatMap((a) => a.indicators);
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        subtitle={overview.latest ? t('dashboard.overview.subtitle', { span: spanText(tt, overview.latest) }) : t('dashboard.overview.subtitleNone')}
        actions={
          <ButtonLink href={withSubmitted ? '/dashboard' : '/dashboard?pending=1'} variant="secondary" aria-pressed={withSubmitted} prefetch={false}>
            {withSubmitted ? t('dashboard.overview.acceptedOnly') : t('dashboard.overview.withPending')}
            {!withSubmitted && <span className="text-xs text-slate-500">({t('dashboard.overview.awaiting', { count: overview.awaiting })})</span>}
          </ButtonLink>
        }
      />
      <DashboardLinks actor={actor} current="overview" />
      {overview.pending && (
        <div className="mb-4">
          <Alert tone="warning">{t('dashboard.overview.pendingNotice', { count: overview.pending.reports })}</Alert>
        </div>
      )}
      <ProjectionSummary statuses={indicators.map((i) => i.projection?.status ?? null)} />
      <div className="space-y-6">
        {overview.areas.map((area) => (
          <section key={area.id} aria-labelledby={`area-${area.id}`}>
            <h2 id={`area-${area.id}`} className="mb-3">
              {areaName(area)} <span className="text-sm font-normal text-slate-500">({t('dashboard.overview.count', { count: area.indicators.length })})</span>
            </h2>
            <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
              {area.indicators.map((indicator) => (
                <IndicatorCard key={indicator.id} indicator={indicator} borderUnknown={overview.borderUnknown} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
