import { getLocale, getTranslations } from 'next-intl/server';
import { targetText } from '@/lib/catalogue/target-text';
import { Badge, Card, EmptyState } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import type { getIndicatorsByArea } from '@/lib/catalogue/admin-queries';

type Areas = Awaited<ReturnType<typeof getIndicatorsByArea>>;

/** The campaign's indicators grouped by contest area: target in words, formula, unit reading, the plan's text. */
export async function IndicatorList({ campaignId, areas }: { campaignId: number; areas: Areas }) {
  const t = await getTranslations();
  const locale = await getLocale();
  if (areas.every((a) => a.indicators.length === 0)) return <EmptyState>{t('catalogue.noIndicators')}</EmptyState>;
  return (
    <div className="space-y-5">
      {areas.map((area) => (
        <Card key={area.id} title={`${area.name} · ${t('catalogue.indicatorCount', { count: area.indicators.length })}`}>
          {area.indicators.length === 0 && <EmptyState>{t('catalogue.noIndicators')}</EmptyState>}
          <div className="divide-y divide-slate-100">
            {area.indicators.map((indicator) => {
              const headingId = `indicator-${indicator.id}`;
              return (
                <article key={indicator.id} aria-labelledby={headingId} className="py-3 first:pt-0 last:pb-0">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <h3 id={headingId} className="text-base font-semibold">
                        {indicator.name}
                      </h3>
                      <div className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                        <code>{indicator.code}</code>
                        {!indicator.active && <Badge tone="warn">{t('catalogue.inactive')}</Badge>}
                        <span>{t('catalogue.version', { version: indicator.version })}</span>
                      </div>
                    </div>
                    <ButtonLink variant="secondary" href={`/admin/catalogue/${campaignId}/indicators/${indicator.id}`} aria-label={`${t('catalogue.edit')} ${indicator.code}`}>
                      {t('catalogue.edit')}
                    </ButtonLink>
                  </div>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                    <dt className="text-slate-600">{t('catalogue.fields.target')}</dt>
                    <dd className="font-medium">
                      {targetText(indicator, locale)}{' '}
                      <span className="font-normal text-slate-600">
                        ({indicator.horizon === 'BY_YEAR' ? t('catalogue.horizonText.BY_YEAR', { year: indicator.horizonYear ?? '' }) : t('catalogue.horizonText.ANNUAL')}
                        {indicator.baselineYear ? `; ${t('catalogue.baselineYearShort', { year: indicator.baselineYear })}` : ''})
                      </span>
                    </dd>
                    <dt className="text-slate-600">{t('catalogue.fields.formula')}</dt>
                    <dd>
                      <code className="break-all text-xs">{indicator.formula}</code>
                    </dd>
                    <dt className="text-slate-600">{t('catalogue.fields.unitReading')}</dt>
                    <dd>{t(`catalogue.unitReadings.${indicator.unitReading}`)}</dd>
                    <dt className="text-slate-600">{t('catalogue.fields.sourceText')}</dt>
                    <dd className="italic text-slate-700">“{indicator.sourceText}”</dd>
                    {indicator.notes.length > 0 && (
                      <>
                        <dt className="text-slate-600">{t('common.note')}</dt>
                        <dd>
                          <ul className="list-disc pl-5 text-slate-700">
                            {indicator.notes.map((note) => (
                              <li key={note}>{note}</li>
                            ))}
                          </ul>
                        </dd>
                      </>
                    )}
                  </dl>
                </article>
              );
            })}
          </div>
        </Card>
      ))}
    </div>
  );
}
