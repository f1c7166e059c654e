import { getLocale, getTranslations } from 'next-intl/server';
import type { PeriodProgress } from '@/lib/home/queries';
import { periodLabel } from '@/lib/i18n/periods';
import { formatDay, formatNumber } from '@/lib/i18n/format';
import { Badge, Card, EmptyState } from '@/components/ui/card';

/** Completeness and timeliness of the periods open now. */
export async function PeriodProgressCard({ progress }: { progress: PeriodProgress[] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <Card title={t('home.currentPeriods')}>
      {progress.length === 0 && <EmptyState>{t('home.noCurrentPeriod')}</EmptyState>}
      <ul className="space-y-4">
        {progress.map((p) => {
          const share = p.expected ? (100 * p.filed) / p.expected : 0;
          return (
            <li key={p.period.id}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">{periodLabel(t, p.period)}</span>
                <span className="flex gap-2 text-sm text-slate-600">
                  <Badge tone={p.period.window === 'LATE' ? 'warn' : 'info'}>{t(`periods.${p.period.window}`)}</Badge>
                  {t('periods.due', { date: formatDay(p.period.dueDate) })}
                </span>
              </div>
              <div className="mt-2 h-2 overflow-hidden rounded bg-slate-200" role="progressbar" aria-valuenow={Math.round(share)} aria-valuemin={0} aria-valuemax={100} aria-label={t('home.completeness')}>
                <div className="h-full bg-green-600" style={{ width: `${share}%` }} />
              </div>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
                <span>{t('home.unitsExpected', { submitted: p.filed, expected: p.expected })} ({formatNumber(share, locale, 1)}%)</span>
                <span>{t('home.missingUnits', { count: p.missing })}</span>
                <span>{t('home.lateUnits', { count: p.late })}</span>
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
