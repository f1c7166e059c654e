import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { listCouncilSessions } from '@/lib/council/queries';
import { formatDay, formatNumber } from '@/lib/i18n/format';
import { Badge, Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { SessionCreateForm } from '@/components/council/session-create-form';
import { SessionStatus } from '@/components/council/session-status';

export async function generateMetadata() {
  const t = await getTranslations('council');
  return { title: t('title') };
}

/** Members: sessions open for their vote and closed sessions' results. Home Affairs: every session, and a new one. */
export default async function CouncilPage() {
  const actor = await requireActorForPage();
  const manage = isAllowed(actor, 'review:act');
  if (!manage && !isAllowed(actor, 'council:vote')) redirect('/forbidden');
  const t = await getTranslations();
  const sessions = await listCouncilSessions(actor);
  return (
    <>
      <PageHeader
        title={t('council.title')}
        subtitle={manage ? t('council.manageIntro') : t('council.memberIntro')}
        actions={manage ? <ButtonLink href="/decisions" variant="secondary">{t('council.toDecisions')}</ButtonLink> : undefined}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t('council.sessions')} className={manage ? 'lg:col-span-2' : 'lg:col-span-3'}>
          {sessions.length === 0 ? (
            <EmptyState>{t('council.noSessions')}</EmptyState>
          ) : (
            <TableWrap label={t('council.sessions')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('council.sessionTitle')}</th>
                    <th scope="col">{t('council.meetingDate')}</th>
                    <th scope="col">{t('common.status')}</th>
                    <th scope="col">{t('council.items')}</th>
                    <th scope="col">{t('council.voters')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <Link href={`/council/${s.id}`} className="font-medium">
                          {s.title}
                        </Link>
                        {!manage && s.status === 'OPEN' && (
                          <div className="mt-1">
                            <Badge tone={s.votedByMe ? 'good' : 'warn'}>{s.votedByMe ? t('council.votedBadge') : t('council.notVotedBadge')}</Badge>
                          </div>
                        )}
                      </td>
                      <td>{formatDay(s.meetingDate)}</td>
                      <td>
                        <SessionStatus status={s.status} label={t(`council.status.${s.status}`)} />
                      </td>
                      <td>{formatNumber(s.items)}</td>
                      <td>{s.memberCount ? `${s.voters}/${s.memberCount}` : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </Card>
        {manage && (
          <Card title={t('council.newSession')}>
            <SessionCreateForm
              labels={{
                title: t('council.sessionTitle'),
                titleHint: t('council.sessionTitleHint'),
                meetingDate: t('council.meetingDate'),
                dayHint: t('council.dayHint'),
                submit: t('council.create'),
              }}
            />
          </Card>
        )}
      </div>
    </>
  );
}
