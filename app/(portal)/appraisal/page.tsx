import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { vnDay } from '@/lib/clock';
import { canReadRankings, listGroupRankings, rankingYears } from '@/lib/appraisal/ranking-queries';
import { pickYear } from '@/lib/appraisal/params';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { YearPicker } from '@/components/appraisal/year-picker';
import { LeaderNotice } from '@/components/appraisal/leader-notice';
import { redirect } from 'next/navigation';

export async function generateMetadata() {
  const t = await getTranslations('appraisal');
  return { title: t('title') };
}

export default async function AppraisalPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requireActorForPage();
  if (!canReadRankings(actor)) redirect('/forbidden');
  const t = await getTranslations();
  const years = await rankingYears(actor.provinceId);
  const year = pickYear((await searchParams).year, years, vnDay());
  if (year === null) return <EmptyState>{t('common.noData')}</EmptyState>;
  const rankings = await listGroupRankings(actor, year);
  const admin = isAllowed(actor, 'admin:manage');
  const kinds = (['BLOCK', 'CLUSTER'] as const).map((kind) => ({ kind, groups: rankings.filter((r) => r.group.kind === kind) }));
  return (
    <>
      <PageHeader title={t('appraisal.title')} subtitle={t('appraisal.intro', { year })} actions={<YearPicker action="/appraisal" years={years} year={year} />} />
      {admin && <p className="mb-4 text-sm text-slate-600">{t('appraisal.membershipHint')}</p>}
      {kinds.map(({ kind, groups }) => (
        <section key={kind} className="mb-6" aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`} className="mb-3">
            {t(`appraisal.kinds.${kind}`)}
          </h2>
          {groups.length === 0 && <EmptyState>{t('appraisal.noGroups')}</EmptyState>}
          <div className="grid gap-4 md:grid-cols-2">
            {groups.map((r) => (
              <Card key={r.group.id} title={<Link href={`/appraisal/groups/${r.group.id}?year=${year}`}>{r.group.name}</Link>}>
                <LeaderNotice ranking={r} compact />
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer">{t('appraisal.membersCount', { count: r.members.length })}</summary>
                  <ul className="mt-1 list-disc pl-5">
                    {r.members.map((m) => (
                      <li key={m.id}>
                        {m.name}
                        {admin && (
                          <>
                            {' · '}
                            <Link href={`/admin/units/${m.id}`} aria-label={t('appraisal.moveUnitLabel', { unit: m.name })}>
                              {t('appraisal.moveUnit')}
                            </Link>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </details>
              </Card>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
