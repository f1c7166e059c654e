import { getTranslations } from 'next-intl/server';
import type { RegistrationCompleteness } from '@/lib/registration/review-queries';
import { CompletenessCard } from '@/components/ui/completeness-card';

/** For one year: units expected to register, how many did, how far Home Affairs got, and who is missing. */
export async function RegistrationCompletenessCard({ completeness: c }: { completeness: RegistrationCompleteness }) {
  const t = await getTranslations('registration.review');
  return (
    <CompletenessCard
      title={t('completenessTitle', { year: c.year })}
      cells={[
        [t('expected'), c.expected],
        [t('registered'), c.registered],
        [t('awaiting'), c.awaiting],
        [t('returnedCount'), c.returned],
        [t('acceptedCount'), c.accepted],
        [t('missingCount'), c.missing.length],
      ]}
      missing={c.missing}
      hrefOf={(unitId) => `/registration/${c.year}?unit=${unitId}`}
      labels={{ missing: t('missingUnits'), none: t('noMissing') }}
    />
  );
}
