import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { getCouncilSession, listCouncilCandidates } from '@/lib/council/queries';
import { closeSessionAction, openSessionAction, removeItemAction } from '@/lib/council/actions';
import { toLocale } from '@/lib/i18n/config';
import { formatDateTime, formatDay, formatNumber } from '@/lib/i18n/format';
import { Alert, Card, EmptyState, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { SessionStatus } from '@/components/council/session-status';
import { StepForm } from '@/components/council/step-form';
import { AddItemForm } from '@/components/council/add-item-form';
import { BallotForm } from '@/components/council/ballot-form';
import { ResultsTable } from '@/components/council/results-table';
import { AgendaItem } from '@/components/council/agenda-item';
import { segmentId, orNotFound } from '@/lib/pages/detail';

export default async function CouncilSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorForPage();
  if (!isAllowed(actor, 'review:act') && !isAllowed(actor, 'council:vote')) redirect('/forbidden');
  const id = segmentId((await params).id);
  const session = await orNotFound(getCouncilSession(actor, id), 'any');
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  const candidates = session.canManage && session.status === 'DRAFT' ? await listCouncilCandidates(actor) : [];
  const thresholdValues = { pct: formatNumber(session.thresholdPct, locale), members: session.memberCount, required: session.requiredYes ?? '—' };
  const itemLabel = (i: (typeof session.items)[number]) => `${i.nominee} — ${i.form} (${t('council.year')} ${i.year})`;
  return (
    <>
      <PageHeader
        title={session.title}
        subtitle={`${t('council.meetingDate')}: ${formatDay(session.meetingDate)}`}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <SessionStatus status={session.status} label={t(`council.status.${session.status}`)} />
            <ButtonLink href="/council" variant="secondary">
              {t('common.back')}
            </ButtonLink>
          </div>
        }
      />
      <div className="space-y-4">
        <Alert tone="info">
          <p>{session.status === 'DRAFT' ? t('council.thresholdDraft', thresholdValues) : t('council.threshold', thresholdValues)}</p>
          <p className="mt-1">{t('council.thresholdNote')}</p>
          {session.status !== 'DRAFT' && <p className="mt-1 font-medium">{t('council.votersProgress', { voters: session.voters, members: session.memberCount })}</p>}
        </Alert>

        {session.status === 'CLOSED' && (
          <Card title={t('council.results')}>
            <ResultsTable
              rows={session.items.map((i) => ({ key: i.itemId, nominee: i.nominee, form: i.form, unit: i.proposingUnit, result: i.result! }))}
              memberCount={session.memberCount}
              required={session.requiredYes ?? 0}
            />
          </Card>
        )}

        <div className="grid gap-4 lg:grid-cols-3">
          <div className="space-y-4 lg:col-span-2">
            <h2>{t('council.agenda')}</h2>
            {session.items.length === 0 && <EmptyState>{t('council.emptyAgenda')}</EmptyState>}
            {session.items.map((item, index) => (
              <AgendaItem key={item.itemId} item={item} index={index + 1}>
                {session.canManage && session.status === 'DRAFT' && (
                  <StepForm action={removeItemAction} fields={{ sessionId: session.id, proposalId: item.proposalId }} label={t('council.remove')} variant="secondary" />
                )}
              </AgendaItem>
            ))}
          </div>

          <div className="space-y-4">
            {session.canManage && session.status === 'DRAFT' && (
              <>
                <Card title={t('council.addProposal')}>
                  {candidates.length === 0 ? (
                    <EmptyState>{t('council.noCandidates')}</EmptyState>
                  ) : (
                    <AddItemForm
                      sessionId={session.id}
                      options={candidates.map((c) => ({ value: String(c.id), label: `${c.nominee} — ${c.form} (${c.year})` }))}
                      labels={{ candidate: t('council.candidate'), submit: t('council.add'), choose: t('validation.choose') }}
                    />
                  )}
                </Card>
                <Card title={t('council.openHeading')}>
                  <StepForm action={openSessionAction} fields={{ sessionId: session.id }} label={t('council.open')} hint={t('council.openHint')} />
                </Card>
              </>
            )}

            {session.status === 'OPEN' && isAllowed(actor, 'council:vote') && (
              <Card title={t('council.ballot')}>
                <Alert tone="info">{t('council.secrecy')}</Alert>
                <div className="mt-3">
                  {session.canVote ? (
                    <BallotForm
                      sessionId={session.id}
                      items={session.items.map((i) => ({ itemId: i.itemId, label: itemLabel(i) }))}
                      labels={{
                        choices: { YES: t('council.choice.YES'), NO: t('council.choice.NO'), ABSTAIN: t('council.choice.ABSTAIN') },
                        submit: t('council.submitBallot'),
                        sending: t('council.sending'),
                        hint: t('council.ballotHint'),
                      }}
                    />
                  ) : session.votedAt ? (
                    <Alert tone="success">{t('council.votedAt', { time: formatDateTime(session.votedAt) })}</Alert>
                  ) : (
                    <p className="text-sm">{t('council.notOpenForVote')}</p>
                  )}
                  <p className="mt-3 text-sm text-slate-600">{t('council.tallyHidden')}</p>
                </div>
              </Card>
            )}

            {session.canManage && session.status === 'OPEN' && (
              <Card title={t('council.closeHeading')}>
                <p className="mb-2 text-sm text-slate-600">{t('council.tallyHidden')}</p>
                <StepForm action={closeSessionAction} fields={{ sessionId: session.id }} label={t('council.close')} hint={t('council.closeHint')} />
              </Card>
            )}
          </div>
        </div>
      </div>
    </>
  );
}
