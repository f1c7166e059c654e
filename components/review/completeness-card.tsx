import { getTranslations } from 'next-intl/server';
import type { Completeness } from '@/lib/review/queries';
import type { PeriodWithWindow } from '@/lib/catalogue/queries';
import { periodLabel } from '@/lib/i18n/periods';
import { Badge } from '@/components/ui/card';
import { CompletenessCard } from '@/components/ui/completeness-card';

/** For one period: units expected to report, how many did, how many were accepted or late, and who is missing. */
export async function ReportCompletenessCard({ completeness: c, period }: { completeness: Completeness; period: PeriodWithWindow }) {
  const t = await getTranslations();
  return (
    <CompletenessCard
      title={`${t('review.completenessTitle')} · ${periodLabel(t, period)}`}
      badge={<Badge tone={period.window === 'CLOSED' ? 'bad' : period.window === 'LATE' ? 'warn' : 'info'}>{t(`periods.${period.window}`)}</Badge>}
      cells={[
        [t('review.expected'), c.expected],
        [t('review.filed'), c.filed],
        [t('review.acceptedCount'), c.accepted],
        [t('review.lateCount'), c.late],
        [t('review.missingCount'), c.missing.length],
      ]}
      missing={c.missing}
      hrefOf={(unitId) => `/reports/${period.id}?unit=${unitId}`}
      labels={{ missing: t('review.missingUnits'), none: t('review.noMissing') }}
    />
  );
}
