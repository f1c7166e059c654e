import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { currentRegistrationYear, getRegistrationCompleteness, getRegistrationQueue } from '@/lib/registration/review-queries';
import { titleName } from '@/lib/registration/titles';
import { toLocale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { FilterBar, FilterSelect, FilterText } from '@/components/admin/filters';
import { Alert, Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { StatusBadge } from '@/components/reporting/status-badge';
import { RegistrationCompletenessCard } from '@/components/registration/completeness-card';

const STATUSES = ['SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;

type Search = { status?: string; year?: string; q?: string; flash?: string; n?: string };

export default async function RegistrationQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePagePermission('review:act');
  const params = await searchParams;
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  const status = STATUSES.find((s) => s === params.status);
  const year = params.year && /^\d{4}$/.test(params.year) ? Number(params.year) : undefined;
  const q = params.q?.slice(0, 100) || undefined;
  const queue = await getRegistrationQueue(actor, { status: status ?? (params.status === undefined ? 'SUBMITTED' : undefined), year, q });
  if (!queue) return <EmptyState>{t('common.noData')}</EmptyState>;
  const countedYear = year && queue.years.includes(year) ? year : currentRegistrationYear(queue.campaign);
  const completeness = await getRegistrationCompleteness(actor, countedYear);
  const flash =
    params.flash === 'accepted'
      ? t('registration.review.accepted')
      : params.flash === 'returned'
        ? t('registration.review.returned', { count: Number(params.n) || 1 })
        : params.flash === 'reopened'
          ? t('registration.review.reopened')
          : null;
  return (
    <>
      <nav aria-label={t('registration.review.linksLabel')} className="mb-3 flex flex-wrap gap-3 text-sm">
        <Link href="/review">{t('registration.review.reportsLink')}</Link>
        <span aria-current="page" className="font-semibold">
          {t('registration.review.registrationsLink')}
        </span>
      </nav>
      <PageHeader title={t('registration.review.queueTitle')} subtitle={t('registration.review.queueIntro')} />
      {flash && (
        <div className="mb-4">
          <Alert tone="success">{flash}</Alert>
        </div>
      )}
      <FilterBar action="/review/registrations">
        <FilterSelect name="status" label={t('registration.review.status')} defaultValue={params.status ?? 'SUBMITTED'} allLabel={t('registration.review.allStatuses')} options={STATUSES.map((s) => ({ value: s, label: t(`workflow.${s}`) }))} />
        <FilterSelect name="year" label={t('registration.review.year')} defaultValue={params.year} allLabel={t('registration.review.allYears')} options={queue.years.map((y) => ({ value: String(y), label: String(y) }))} />
        <FilterText name="q" label={t('registration.review.unitSearch')} defaultValue={q} placeholder={t('common.searchPlaceholder')} />
      </FilterBar>
      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={t('common.showing', { count: queue.registrations.length })}>
          {queue.registrations.length === 0 ? (
            <EmptyState>{t('registration.review.noRegistrations')}</EmptyState>
          ) : (
            <TableWrap label={t('registration.review.queueTitle')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('common.unit')}</th>
                    <th scope="col">{t('registration.review.year')}</th>
                    <th scope="col">{t('registration.review.status')}</th>
                    <th scope="col">{t('registration.review.collective')}</th>
                    <th scope="col">{t('registration.review.submittedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.registrations.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link href={`/review/registrations/${r.id}`}>{r.unit.name}</Link>
                      </td>
                      <td>{r.year}</td>
                      <td>
                        <StatusBadge status={r.status} />
                      </td>
                      <td>{titleName(r.collectiveTitleCode, locale)}</td>
                      <td className="whitespace-nowrap">{formatDateTime(r.submittedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </Card>
        <div className="space-y-4">{completeness && <RegistrationCompletenessCard completeness={completeness} />}</div>
      </div>
    </>
  );
}
