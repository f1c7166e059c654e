import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { vnDay } from '@/lib/clock';
import { isDomainError } from '@/lib/errors';
import { canReadRankings, rankingYears } from '@/lib/appraisal/ranking-queries';
import { getMemberScoring } from '@/lib/appraisal/score-service';
import { pickYear } from '@/lib/appraisal/params';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { Alert, Badge, Card, PageHeader, TableWrap } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { ScoreForm } from '@/components/appraisal/score-form';
import { AttainmentBadge } from '@/components/appraisal/unit-attainment';
import { pct } from '@/components/appraisal/leader-notice';
import { scoredStatus } from '@/lib/appraisal/unit-attainment';

export async function generateMetadata() {
  const t = await getTranslations('appraisal');
  return { title: t('memberTitle') };
}

export default async function MemberScoringPage({ params, searchParams }: { params: Promise<{ id: string; unitId: string }>; searchParams: Promise<{ year?: string }> }) {
  const actor = await requireActorForPage();
  if (!canReadRankings(actor)) redirect('/forbidden');
  const { id, unitId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(unitId)) notFound();
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const years = await rankingYears(actor.provinceId);
  const year = pickYear((await searchParams).year, years, vnDay());
  if (year === null) notFound();
  const data = await getMemberScoring(actor, Number(id), Number(unitId), year).catch((error) => {
    if (isDomainError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const { ranking, member, ranked, attainment } = data;
  const sheet = ranking.sheet;
  const n = (v: number) => formatNumber(v, locale, 2);
  const areaName = (code: string) => (locale === 'en' && ranking.areas[code]?.nameEn) || ranking.areas[code]?.name || code;
  const indicatorName = (code: string) => {
    const i = ranking.attainment?.indicators.find((x) => x.code === code);
    return i ? (locale === 'en' && i.nameEn ? i.nameEn : i.name) : code;
  };
  const scoreOf = (code: string) => ranked?.criteria.find((c) => c.code === code);
  const canScore = isAllowed(actor, 'review:act') && sheet !== null;
  const back = `/appraisal/groups/${ranking.group.id}?year=${year}`;
  return (
    <>
      <PageHeader
        title={member.name}
        subtitle={`${ranking.group.name} · ${t('appraisal.yearLabel', { year })}`}
        actions={
          <Link href={`/appraisal/units/${member.id}?year=${year}`} className="text-sm">
            {t('appraisal.unitAttainmentLink')}
          </Link>
        }
      />
      <p className="mb-4 text-sm">
        <Link href={back}>{t('appraisal.backToRanking')}</Link>
      </p>
      {!sheet && <Alert tone="info">{t('appraisal.noSheet', { year })}</Alert>}
      {sheet && ranked && (
        <div className="grid gap-4 lg:grid-cols-3">
          <Card className="lg:col-span-2" title={t('appraisal.memberScore', { rank: ranked.rank, total: n(ranked.total), max: n(ranked.maxTotal), share: pct(ranked.share, locale) })}>
            <TableWrap label={t('appraisal.memberTitle')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('appraisal.criterion')}</th>
                    <th scope="col">{t('appraisal.score')}</th>
                  </tr>
                </thead>
                {sheet.definition.areas.map((area) => (
                  <tbody key={area.code}>
                    <tr>
                      <th scope="colgroup" colSpan={2} className="bg-slate-50 text-left text-sm font-semibold">
                        {areaName(area.code)} · {t('appraisal.weightIs', { weight: formatNumber(area.weight, locale) })}
                      </th>
                    </tr>
                    {area.criteria.map((c) => {
                      const s = scoreOf(c.code);
                      return (
                        <tr key={c.code}>
                          <th scope="row" className="font-normal">
                            {c.name}
                            {c.source === 'ATTAINMENT' && (
                              <ul className="mt-1 space-y-1 text-xs">
                                {c.indicatorCodes.map((code) => {
                                  const row = attainment.find((r) => r.code === code);
                                  return (
                                    <li key={code} className="flex flex-wrap items-center gap-2">
                                      <span>{indicatorName(code)}</span>
                                      {row ? <AttainmentBadge result={{ status: scoredStatus(row), progress: (row.own ?? row.province).progress }} /> : <span className="text-slate-500">{t('appraisal.notApplicable')}</span>}
                                    </li>
                                  );
                                })}
                              </ul>
                            )}
                          </th>
                          <td className="whitespace-nowrap">
                            {s?.score === null || s === undefined ? t('appraisal.notApplicable') : `${n(s.score)} / ${n(c.maxScore)}`}
                            {s && !s.scored && (
                              <span className="ml-1">
                                <Badge tone="warn">{t('appraisal.notScored')}</Badge>
                              </span>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                ))}
              </table>
            </TableWrap>
          </Card>
          {canScore && (
            <Card title={t('appraisal.enterScores')}>
              <ClientMessages areas={['appraisal', 'validation']}>
                <ScoreForm
                  groupId={ranking.group.id}
                  year={year}
                  unitId={member.id}
                  version={sheet.version}
                  note={data.notes.find((x) => x.note)?.note ?? ''}
                  fields={sheet.definition.areas.flatMap((area) =>
                    area.criteria
                      .filter((c) => c.source === 'SCORED')
                      .map((c) => {
                        const s = scoreOf(c.code);
                        return { code: c.code, area: areaName(area.code), name: c.name, maxScore: c.maxScore, value: s?.scored && s.score !== null ? (locale === 'vi' ? String(s.score).replace('.', ',') : String(s.score)) : '' };
                      }),
                  )}
                />
              </ClientMessages>
            </Card>
          )}
        </div>
      )}
    </>
  );
}
