import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { unitInScope } from '@/lib/reporting/queries';
import { getUnitRegistrationList } from '@/lib/registration/queries';
import { titleName } from '@/lib/registration/titles';
import { toLocale } from '@/lib/i18n/config';
import { isDomainError } from '@/lib/errors';
import { formatDay } from '@/lib/i18n/format';
import { Badge, Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { StatusBadge } from '@/components/reporting/status-badge';

/** Whether the unit still has work to do on it (the form checks for real). */
const canEdit = (status: string | null, window: string) => status === 'RETURNED' || ((status === null || status === 'DRAFT') && window === 'OPEN');

export default async function RegistrationsPage({ searchParams }: { searchParams: Promise<{ unit?: string }> }) {
  const actor = await requireActorForPage();
  const { unit } = await searchParams;
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  let unitId: number;
  let data;
  try {
    unitId = unitInScope(actor, unit && /^\d{1,9}$/.test(unit) ? Number(unit) : undefined);
    data = await getUnitRegistrationList(actor, unitId);
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
  if (!data) return <EmptyState>{t('common.noData')}</EmptyState>;
  const query = unit ? `?unit=${unitId}` : '';
  return (
    <>
      <PageHeader title={t('registration.title')} subtitle={`${data.unit.name} · ${t('registration.listIntro')}`} />
      <Card>
        <TableWrap label={t('registration.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('registration.yearColumn')}</th>
                <th scope="col">{t('registration.windowColumn')}</th>
                <th scope="col">{t('registration.statusColumn')}</th>
                <th scope="col">{t('registration.titleColumn')}</th>
                <th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map(({ year, window, dates, registration }) => (
                <tr key={year}>
                  <td className="font-medium">{t('registration.yearLabel', { year })}</td>
                  <td>
                    {t('registration.windowDates', { opens: formatDay(dates.opens), closes: formatDay(dates.closes) })}
                    <div className="text-xs text-slate-500">{t(`registration.windows.${window}`)}</div>
                  </td>
                  <td>{registration ? <StatusBadge status={registration.status} /> : <Badge>{t('registration.notStarted')}</Badge>}</td>
                  <td>
                    {registration ? titleName(registration.collectiveTitleCode, locale) : '—'}
                    {registration && registration.individuals > 0 && <div className="text-xs text-slate-500">{t('registration.individualsCount', { count: registration.individuals })}</div>}
                  </td>
                  <td>
                    {(registration || window !== 'NOT_OPEN') && (
                      <Link href={`/registration/${year}${query}`} aria-label={`${t(canEdit(registration?.status ?? null, window) ? 'registration.open' : 'registration.view')} ${t('registration.yearLabel', { year })}`}>
                        {t(canEdit(registration?.status ?? null, window) ? 'registration.open' : 'registration.view')}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </Card>
    </>
  );
}
