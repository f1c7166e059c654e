import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Completeness } from '@/lib/review/queries';
import type { PeriodWithWindow } from '@/lib/catalogue/queries';
import { periodLabel } from '@/lib/i18n/periods';
import { Badge, Card } from '@/components/ui/card';

export async function CompletenessCard({ completeness: c, period }: { completeness: Completeness; period: PeriodWithWindow }) {
  const t = await getTranslations();
  const cells = [
    [t('review.expected'), c.expected],
    [t('review.filed'), c.filed],
    [t('review.acceptedCount'), c.accepted],
    [t('review.lateCount'), c.late],
    [t('review.missingCount'), c.missing.length],
  ] as const;
  return (
    <Card title={`${t('review.completenessTitle')} · ${periodLabel(t, period)}`}>
      <Badge tone={period.window === 'CLOSED' ? 'bad' : period.window === 'LATE' ? 'warn' : 'info'}>{t(`periods.${period.window}`)}</Badge>
      <dl className="mt-3 grid grid-cols-5 gap-1 text-center text-xs">
        {cells.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium">
          {t('review.missingUnits')} ({c.missing.length})
        </summary>
        {c.missing.length === 0 ? (
          <p className="mt-1 text-slate-500">{t('review.noMissing')}</p>
        ) : (
          <ul className="mt-1 max-h-64 overflow-y-auto">
            {c.missing.map((u) => (
              <li key={u.id}>
                <Link href={`/reports/${period.id}?unit=${u.id}`}>{u.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </details>
    </Card>
  );
}
