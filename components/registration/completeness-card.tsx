import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { RegistrationCompleteness } from '@/lib/registration/review-queries';
import { Card } from '@/components/ui/card';

/** For one year: units expected to register, how many did, how far Home Affairs got, and who is missing. */
export async function RegistrationCompletenessCard({ completeness: c }: { completeness: RegistrationCompleteness }) {
  const t = await getTranslations('registration.review');
  const cells = [
    [t('expected'), c.expected],
    [t('registered'), c.registered],
    [t('awaiting'), c.awaiting],
    [t('returnedCount'), c.returned],
    [t('acceptedCount'), c.accepted],
    [t('missingCount'), c.missing.length],
  ] as const;
  return (
    <Card title={t('completenessTitle', { year: c.year })}>
      <dl className="grid grid-cols-3 gap-2 text-center text-xs">
        {cells.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium">
          {t('missingUnits')} ({c.missing.length})
        </summary>
        {c.missing.length === 0 ? (
          <p className="mt-1 text-slate-500">{t('noMissing')}</p>
        ) : (
          <ul className="mt-1 max-h-64 overflow-y-auto">
            {c.missing.map((u) => (
              <li key={u.id}>
                <Link href={`/registration/${c.year}?unit=${u.id}`} prefetch={false}>
                  {u.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </details>
    </Card>
  );
}
