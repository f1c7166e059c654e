import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import type { ProposalStatus } from '@/lib/generated/prisma/enums';
import { getProposalList, PROPOSAL_STATUSES } from '@/lib/proposals/queries';
import { formatDateTime } from '@/lib/i18n/format';
import { Badge, Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { FilterBar, FilterSelect, FilterText } from '@/components/admin/filters';
import { ProposalStatusBadge } from '@/components/proposals/status-badge';

type Search = { status?: string; form?: string; unit?: string; year?: string; page?: string };

const num = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

/** Unit roles: their unit's proposals. Home Affairs: the appraisal queue. Leaders: the same, read only. */
export default async function ProposalsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePagePermission('unit:read');
  const params = await searchParams;
  const t = await getTranslations();
  const en = (await getLocale()) === 'en';
  const reviewer = isAllowed(actor, 'review:act');
  // Home Affairs opens on what waits for it; "" shows every state.
  const status = params.status === undefined && reviewer ? 'SUBMITTED' : PROPOSAL_STATUSES.find((s) => s === params.status);
  const list = await getProposalList(actor, { status: status as ProposalStatus | undefined, formCode: params.form || undefined, unitId: num(params.unit), year: num(params.year), page: num(params.page) });
  const canCreate = isAllowed(actor, 'unit:edit') && actor.unitId !== null;
  const formName = (f: { name: string; nameEn: string | null } | null, code: string) => (f ? (en ? (f.nameEn ?? f.name) : f.name) : code);
  const statuses = list.own ? PROPOSAL_STATUSES : PROPOSAL_STATUSES.filter((s) => s !== 'DRAFT');
  const pageLink = (page: number) => {
    const q = new URLSearchParams({ ...(params.status !== undefined ? { status: params.status } : {}), ...(params.form ? { form: params.form } : {}), ...(params.unit ? { unit: params.unit } : {}), ...(params.year ? { year: params.year } : {}), page: String(page) });
    return `/proposals?${q.toString()}`;
  };
  return (
    <>
      <PageHeader
        title={t('commendation.listTitle')}
        subtitle={list.own ? t('commendation.listIntroUnit') : reviewer ? t('commendation.listIntroReviewer') : t('commendation.listIntroReader')}
        actions={canCreate && <ButtonLink href="/proposals/new">{t('commendation.newProposal')}</ButtonLink>}
      />
      <FilterBar action="/proposals">
        <FilterSelect name="status" label={t('commendation.filters.status')} defaultValue={status ?? ''} allLabel={t('commendation.filters.all')} options={statuses.map((s) => ({ value: s, label: t(`commendation.status.${s}`) }))} />
        <FilterSelect name="form" label={t('commendation.filters.form')} defaultValue={params.form} allLabel={t('commendation.filters.all')} options={list.forms.map((f) => ({ value: f.code, label: formName(f, f.code) }))} />
        {!list.own && (
          <FilterSelect name="unit" label={t('commendation.filters.unit')} defaultValue={params.unit} allLabel={t('commendation.filters.all')} options={list.units.map((u) => ({ value: String(u.id), label: u.name }))} />
        )}
        <FilterText name="year" label={t('commendation.filters.year')} defaultValue={params.year} type="text" inputMode="numeric" />
      </FilterBar>
      <Card className="mt-4" title={t('common.showing', { count: list.total })}>
        {list.rows.length === 0 ? (
          <EmptyState>{t('commendation.noProposals')}</EmptyState>
        ) : (
          <TableWrap label={t('commendation.listTitle')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('commendation.columns.nominee')}</th>
                  <th scope="col">{t('commendation.columns.form')}</th>
                  {!list.own && <th scope="col">{t('commendation.columns.unit')}</th>}
                  <th scope="col">{t('commendation.columns.year')}</th>
                  <th scope="col">{t('commendation.columns.status')}</th>
                  <th scope="col">{t('commendation.columns.eligibility')}</th>
                  <th scope="col">{t('commendation.columns.submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link href={`/proposals/${r.id}`}>{r.nominee}</Link>
                    </td>
                    <td>{formName(r.form, r.formCode)}</td>
                    {!list.own && <td>{r.unit.name}</td>}
                    <td>{r.year}</td>
                    <td>
                      <ProposalStatusBadge status={r.status} />
                    </td>
                    <td>
                      {r.eligible === null ? (
                        '—'
                      ) : r.manualReview ? (
                        <Badge tone="info">{t('commendation.check.manual')}</Badge>
                      ) : r.eligible ? (
                        <Badge tone="good">{t('commendation.check.eligible')}</Badge>
                      ) : (
                        <Badge tone="bad">{t('commendation.check.ineligible')}</Badge>
                      )}
                    </td>
                    <td className="whitespace-nowrap">{formatDateTime(r.submittedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {list.pages > 1 && (
          <nav className="mt-3 flex items-center justify-between text-sm" aria-label={t('commendation.page', { page: list.page, pages: list.pages })}>
            {list.page > 1 ? <Link href={pageLink(list.page - 1)}>{t('common.previous')}</Link> : <span />}
            <span>{t('commendation.page', { page: list.page, pages: list.pages })}</span>
            {list.page < list.pages ? <Link href={pageLink(list.page + 1)}>{t('common.next')}</Link> : <span />}
          </nav>
        )}
      </Card>
    </>
  );
}
