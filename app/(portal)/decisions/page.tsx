import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listDecisionCandidates, listDecisions } from '@/lib/decisions/queries';
import { DEFAULT_ISSUER, SIGNER_TITLES } from '@/lib/decisions/schema';
import { vnDay } from '@/lib/clock';
import { formatDay, formatNumber } from '@/lib/i18n/format';
import { Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { DecisionForm } from '@/components/decisions/decision-form';

export async function generateMetadata() {
  const t = await getTranslations('council.decisions');
  return { title: t('title') };
}

export default async function DecisionsPage() {
  const actor = await requirePagePermission('review:act');
  const t = await getTranslations();
  const [decisions, candidates] = await Promise.all([listDecisions(actor), listDecisionCandidates(actor)]);
  const signerTitleLabel = { 'CHỦ TỊCH': t('council.decisions.signerTitles.chairman'), 'PHÓ CHỦ TỊCH': t('council.decisions.signerTitles.viceChairman') };
  return (
    <>
      <PageHeader
        title={t('council.decisions.title')}
        subtitle={t('council.decisions.intro')}
        actions={
          <ButtonLink href="/council" variant="secondary">
            {t('council.decisions.toCouncil')}
          </ButtonLink>
        }
      />
      <div className="grid gap-4 lg:grid-cols-5">
        <Card title={t('council.decisions.record')} className="lg:col-span-3">
          {candidates.length === 0 ? (
            <EmptyState>{t('council.decisions.noCandidates')}</EmptyState>
          ) : (
            <DecisionForm
              candidates={candidates.map((c) => ({
                id: c.id,
                label: `${c.nominee} — ${c.form}`,
                detail: `${c.unit} · ${t('council.year')} ${c.year} · ${c.status === 'APPROVED' ? t('council.decisions.statusApproved') : t('council.decisions.statusAppraised')}`,
              }))}
              defaults={{ issuer: DEFAULT_ISSUER, date: formatDay(vnDay()) }}
              labels={{
                number: t('council.decisions.number'),
                numberHint: t('council.decisions.numberHint'),
                date: t('council.decisions.date'),
                dayHint: t('council.dayHint'),
                signer: t('council.decisions.signer'),
                signerTitle: t('council.decisions.signerTitle'),
                signerTitles: SIGNER_TITLES.map((value) => ({ value, label: signerTitleLabel[value] })),
                title: t('council.decisions.titleField'),
                titleHint: t('council.decisions.titleHint'),
                issuer: t('council.decisions.issuer'),
                proposalRef: t('council.decisions.proposalRef'),
                proposalRefHint: t('council.decisions.proposalRefHint'),
                candidates: t('council.decisions.candidates'),
                submit: t('council.decisions.submit'),
              }}
            />
          )}
        </Card>
        <Card title={t('council.decisions.list')} className="lg:col-span-2">
          {decisions.length === 0 ? (
            <EmptyState>{t('council.decisions.noDecisions')}</EmptyState>
          ) : (
            <TableWrap label={t('council.decisions.list')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('council.decisions.number')}</th>
                    <th scope="col">{t('council.decisions.date')}</th>
                    <th scope="col">{t('council.decisions.awardees')}</th>
                  </tr>
                </thead>
                <tbody>
                  {decisions.map((d) => (
                    <tr key={d.id}>
                      <td>
                        <Link href={`/decisions/${d.id}`} className="font-medium">
                          {d.number}
                        </Link>
                        <div className="text-xs text-slate-600">{d.title}</div>
                      </td>
                      <td>{formatDay(d.date)}</td>
                      <td>{formatNumber(d.awardees)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </Card>
      </div>
    </>
  );
}
