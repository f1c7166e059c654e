import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getCampaignForAdmin, getPeriodsForAdmin } from '@/lib/catalogue/admin-queries';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { formatDay } from '@/lib/i18n/format';
import { periodLabel } from '@/lib/i18n/periods';
import { vnDay } from '@/lib/clock';
import { Badge, Card, EmptyState, TableWrap } from '@/components/ui/card';
import { AddPeriodForm, PeriodDatesForm } from '@/components/catalogue/period-forms';

const TONE = { NOT_OPEN: 'info', OPEN: 'good', LATE: 'warn', CLOSED: 'default' } as const;

export default async function PeriodsPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const campaignId = segmentId((await params).campaignId);
  const [campaign, periods] = await orNotFound(Promise.all([getCampaignForAdmin(actor, campaignId), getPeriodsForAdmin(actor, campaignId)]));
  const thisYear = Number(vnDay().slice(0, 4));
  return (
    <div className="space-y-5">
      <Card title={`${t('catalogue.sections.periods')} (${t('catalogue.periodCount', { count: periods.length })})`}>
        <p className="mb-3 text-sm text-slate-600">{t('catalogue.hints.periodOrder')}</p>
        {periods.length === 0 ? (
          <EmptyState>{t('catalogue.noPeriods')}</EmptyState>
        ) : (
          <TableWrap label={t('catalogue.sections.periods')}>
            <table className="min-w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-600">
                <tr>
                  <th scope="col" className="px-2 py-2">{t('common.period')}</th>
                  <th scope="col" className="px-2 py-2">{t('catalogue.fields.startDate')}</th>
                  <th scope="col" className="px-2 py-2">{t('catalogue.fields.endDate')}</th>
                  <th scope="col" className="px-2 py-2">{t('catalogue.fields.dueDate')}</th>
                  <th scope="col" className="px-2 py-2">{t('catalogue.fields.expiryDate')}</th>
                  <th scope="col" className="px-2 py-2">{t('catalogue.fields.window')}</th>
                  <th scope="col" className="px-2 py-2">
                    <span className="sr-only">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {periods.map((p) => {
                  const label = periodLabel(t, p);
                  return (
                    <tr key={p.id}>
                      <th scope="row" className="px-2 py-2 font-medium">
                        {label}
                      </th>
                      <td className="px-2 py-2">{formatDay(p.startDate)}</td>
                      <td className="px-2 py-2">{formatDay(p.endDate)}</td>
                      <td className="px-2 py-2">{formatDay(p.dueDate)}</td>
                      <td className="px-2 py-2">{formatDay(p.expiryDate)}</td>
                      <td className="px-2 py-2">
                        <Badge tone={TONE[p.window]}>{t(`periods.${p.window}`)}</Badge>
                      </td>
                      <td className="min-w-[12rem] px-2 py-2">
                        <details>
                          <summary className="cursor-pointer text-blue-800">{t('catalogue.edit')}</summary>
                          <div className="mt-2 w-72 sm:w-[32rem]">
                            <PeriodDatesForm
                              label={label}
                              period={{ id: p.id, updatedAt: p.updatedAt.toISOString(), dueDate: formatDay(p.dueDate), expiryDate: formatDay(p.expiryDate) }}
                            />
                          </div>
                        </details>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Card>
      <Card title={t('catalogue.sections.addPeriod')}>
        <p className="mb-3 text-sm text-slate-600">{t('catalogue.sections.addPeriodIntro')}</p>
        <AddPeriodForm campaignId={campaign.id} defaultYear={Math.min(Math.max(thisYear, campaign.startYear), campaign.endYear)} />
      </Card>
    </div>
  );
}
