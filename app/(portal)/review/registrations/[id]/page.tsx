import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { requirePagePermission } from '@/lib/auth/session';
import { getRegistrationForReview } from '@/lib/registration/review-queries';
import { titleName } from '@/lib/registration/titles';
import { targetText } from '@/lib/catalogue/target-text';
import { toLocale } from '@/lib/i18n/config';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { Alert, Card, PageHeader, TableWrap } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { StatusBadge } from '@/components/reporting/status-badge';
import { ReviewActions } from '@/components/review/review-actions';
import { acceptRegistrationAction, reopenRegistrationAction, returnRegistrationAction } from '@/lib/registration/actions';
import { RegistrationDiffCard } from '@/components/registration/registration-diff';

export default async function ReviewRegistrationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('review:act');
  const id = segmentId((await params).id);
  const data = await orNotFound(getRegistrationForReview(actor, id), 'any');
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  const nameOf = (i: { name: string; nameEn: string | null }) => (locale === 'en' && i.nameEn ? i.nameEn : i.name);
  const rows = data.indicators.map((i) => ({ ...i, name: nameOf(i) }));
  const unitTarget = (row: (typeof rows)[number]) => {
    const { value, min, max } = row.target;
    if (row.kind === 'YES_NO') return value === null ? null : Number(value) === 1 ? t('registration.form.yes') : t('registration.form.no');
    if (row.kind === 'RANGE') return min === null && max === null ? null : `${formatNumber(min, locale, 4)}–${formatNumber(max, locale, 4)}`;
    return value === null ? null : formatNumber(value, locale, 4);
  };
  const { registration } = data;
  return (
    <>
      <PageHeader
        title={t('registration.review.detailTitle', { year: registration.year, unit: data.unit.name })}
        actions={<StatusBadge status={registration.status} />}
      />
      <p className="-mt-3 mb-4 flex flex-wrap gap-3 text-sm">
        <Link href="/review/registrations">← {t('registration.review.queueTitle')}</Link>
        <Link href={`/registration/${registration.year}?unit=${data.unit.id}`}>{t('registration.review.unitForm')}</Link>
      </p>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {data.diff && <RegistrationDiffCard diff={data.diff} from={data.diffFrom!} rows={rows} />}
          <Card title={t('registration.review.targets')}>
            <TableWrap label={t('registration.review.targets')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('registration.form.indicator')}</th>
                    <th scope="col">{t('registration.form.provinceTarget')}</th>
                    <th scope="col">{t('registration.form.unitTarget')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <td>
                        {row.name} <span className="text-xs text-slate-500">({row.unitLabel})</span>
                      </td>
                      <td className="whitespace-nowrap">{targetText(row, locale)}</td>
                      <td className="font-medium">
                        {unitTarget(row) ?? <span className="font-normal text-red-700">{t('registration.review.noTarget')}</span>}
                        {row.target.note && <div className="text-xs font-normal text-slate-600">{row.target.note}</div>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <p className="mt-3 text-sm">
              <span className="font-medium">{t('registration.review.collective')}:</span> {titleName(registration.collectiveTitleCode, locale)}
            </p>
            {registration.note && (
              <p className="mt-1 text-sm">
                <span className="font-medium">{t('registration.review.note')}:</span> {registration.note}
              </p>
            )}
          </Card>
          <Card title={t('registration.review.individuals')}>
            {data.individuals.length === 0 ? (
              <p className="text-sm text-slate-500">{t('registration.form.noIndividuals')}</p>
            ) : (
              <TableWrap label={t('registration.review.individuals')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('registration.form.person')}</th>
                      <th scope="col">{t('registration.form.position')}</th>
                      <th scope="col">{t('registration.form.individualTitle')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.individuals.map((i) => (
                      <tr key={i.personId}>
                        <td>{i.fullName}</td>
                        <td>{i.position ?? '—'}</td>
                        <td>{titleName(i.titleCode, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          {registration.status === 'SUBMITTED' || registration.status === 'ACCEPTED' ? (
            <ClientMessages areas={['registration']}>
              <ReviewActions
                subject={{ field: 'registrationId', id: registration.id }}
                version={registration.version}
                status={registration.status}
                targets={rows.map((r) => ({ id: r.id, name: r.name }))}
                actions={{ accept: acceptRegistrationAction, return: returnRegistrationAction, reopen: reopenRegistrationAction }}
                namespace="registration.review"
              />
            </ClientMessages>
          ) : (
            <Alert tone="info">{t('registration.review.readOnlyState', { status: t(`workflow.${registration.status}`) })}</Alert>
          )}
          <Card title={t('registration.review.versions')}>
            <ul className="space-y-1 text-sm">
              {data.versions.map((v) => (
                <li key={v.number}>{t('registration.review.versionLine', { number: v.number, date: formatDateTime(v.submittedAt), by: v.by })}</li>
              ))}
            </ul>
          </Card>
          {data.comments.length > 0 && (
            <Card title={t('registration.review.history')}>
              <ul className="space-y-2 text-sm">
                {data.comments.map((c) => (
                  <li key={c.id}>
                    <div className="text-xs text-slate-500">
                      {t('registration.review.round', { round: c.round })} · {c.by} · {formatDateTime(c.createdAt)}
                    </div>
                    {c.indicatorId && <span className="font-medium">{rows.find((r) => r.id === c.indicatorId)?.name}: </span>}
                    {c.text}
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
