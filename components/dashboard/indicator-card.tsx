import { getLocale, getTranslations } from 'next-intl/server';
import type { OverviewIndicator } from '@/lib/dashboard/overview';
import type { ProjectionStatus } from '@/lib/dashboard/projection';
import { targetText } from '@/lib/catalogue/target-text';
import { formatNumber } from '@/lib/i18n/format';
import { asAny } from '@/lib/i18n/translate';
import type { Locale } from '@/lib/i18n/config';
import { Badge } from '@/components/ui/card';
import { Sparkline, type SparkPoint } from './sparkline';
import { spanText } from './span-text';

const TONE: Record<ProjectionStatus, 'good' | 'warn' | 'bad' | 'default'> = { ON_TRACK: 'good', AT_RISK: 'warn', OFF_TRACK: 'bad', INSUFFICIENT_HISTORY: 'default' };

/** The chart's rows: accepted values by year, and the trend from the latest complete year to the target year. */
function sparkPoints(indicator: OverviewIndicator): SparkPoint[] {
  const rows = new Map<number, SparkPoint>();
  for (const p of indicator.history) rows.set(p.year, { year: p.year, value: p.value, projected: null, partial: p.partial });
  const projection = indicator.projection;
  if (projection?.latest && projection.points.length > 0) {
    for (const p of projection.points) {
      if (p.year < projection.latest.year) continue;
      const row = rows.get(p.year) ?? { year: p.year, value: null, projected: null };
      row.projected = p.year === projection.latest.year ? projection.latest.value : p.value;
      rows.set(p.year, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.year - b.year);
}

/** One indicator of the overview: latest accepted value against its target, history, trend and the call. */
export async function IndicatorCard({ indicator, borderUnknown }: { indicator: OverviewIndicator; borderUnknown: number }) {
  const t = await getTranslations();
  const tt = asAny(t);
  const locale = (await getLocale()) as Locale;
  const name = locale === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name;
  const n = (v: number | null | undefined) => formatNumber(v ?? null, locale);
  const target = targetText(indicator, locale);
  const latest = indicator.latest;
  const projection = indicator.projection;
  const headingId = `indicator-${indicator.id}`;
  const chartPoints = indicator.history.map((p) => `${p.year}${p.partial ? ` (${spanText(tt, p)})` : ''}: ${n(p.value)}`);
  if (projection?.projected !== null && projection?.projected !== undefined && projection.latest) {
    chartPoints.push(t('dashboard.overview.chartProjected', { year: projection.targetYear, value: n(projection.projected) }));
  }
  const chartLabel = chartPoints.length > 0 ? t('dashboard.overview.chartLabel', { points: chartPoints.join('; ') }) : t('dashboard.overview.chartNone');
  const numericTarget = {
    value: indicator.targetValue === null ? null : Number(indicator.targetValue),
    min: indicator.targetMin === null ? null : Number(indicator.targetMin),
    max: indicator.targetMax === null ? null : Number(indicator.targetMax),
  };
  const reason = projection ? tt(projection.reason.key, projection.reason.params) : t('dashboard.overview.noTarget');

  return (
    <article aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="indicator-card">
      <h3 id={headingId} className="text-base leading-snug font-semibold">
        {name}
      </h3>
      <p className="text-xs text-slate-600">
        {indicator.horizon === 'BY_YEAR'
          ? t('dashboard.overview.targetByYear', { year: indicator.targetYear, target })
          : t('dashboard.overview.targetAnnual', { year: indicator.targetYear, target })}
      </p>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs text-slate-500">{t('dashboard.overview.latest')}</p>
          {latest ? (
            <>
              <p className="text-2xl font-semibold break-words text-slate-900">
                {n(latest.value)} <span className="text-sm font-normal text-slate-600">{indicator.unitLabel}</span>
              </p>
              <p className="text-xs text-slate-600">
                {spanText(tt, latest)}
                {latest.partial && ` · ${t('dashboard.span.partial', { year: latest.year })}`}
              </p>
              {latest.incomplete && <p className="text-xs text-amber-800">{t('dashboard.overview.incomplete')}</p>}
            </>
          ) : (
            <p className="text-sm text-slate-600">{t('dashboard.overview.noValue')}</p>
          )}
        </div>
        {projection ? (
          <span data-testid="projection-status" data-status={projection.status}>
            <Badge tone={TONE[projection.status]}>{t(`dashboard.projection.status.${projection.status}`)}</Badge>
          </span>
        ) : null}
      </div>
      <Sparkline points={sparkPoints(indicator)} target={numericTarget} label={chartLabel} />
      <p className="text-sm text-slate-700">{reason}</p>
      {projection?.notes.map((note) => (
        <p key={note.key} className="text-xs text-slate-500">
          {tt(note.key, note.params)}
        </p>
      ))}
      {projection?.partial && <p className="text-xs text-slate-500">{t('dashboard.projection.partial', { year: projection.partial.year })}</p>}
      {projection && (
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer text-blue-800">{t('dashboard.overview.method')}</summary>
          <p className="mt-1" role="note">
            {tt(projection.method.key, projection.method.params)}
          </p>
        </details>
      )}
      {indicator.borderCommunes && borderUnknown > 0 && <p className="text-xs text-amber-800">{t('dashboard.overview.borderUnknown', { count: borderUnknown })}</p>}
      {indicator.pending !== undefined && (
        <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="pending-value">
          {indicator.pending
            ? t('dashboard.overview.pendingValue', { value: `${n(indicator.pending.value)} ${indicator.unitLabel}`, span: spanText(tt, indicator.pending) })
            : t('dashboard.overview.pendingNone')}
        </p>
      )}
    </article>
  );
}
