import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { vnDay } from '@/lib/clock';
import { canReadRankings, getGroupRankingFor, rankingYears } from '@/lib/appraisal/ranking-queries';
import { pickYear } from '@/lib/appraisal/params';
import { Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { YearPicker } from '@/components/appraisal/year-picker';
import { LeaderNotice } from '@/components/appraisal/leader-notice';
import { RankingTable } from '@/components/appraisal/ranking-table';
import { SheetSummary } from '@/components/appraisal/sheet-summary';
import { spanText } from '@/components/appraisal/unit-attainment';
import { segmentId, orNotFound } from '@/lib/pages/detail';

export async function generateMetadata() {
  const t = await getTranslations('appraisal');
  return { title: t('rankingTitle') };
}

export default async function GroupRankingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ year?: string }> }) {
  const actor = await requireActorForPage();
  if (!canReadRankings(actor)) redirect('/forbidden');
  const id = segmentId((await params).id);
  const t = await getTranslations();
  const locale = await getLocale();
  const years = await rankingYears(actor.provinceId);
  const year = pickYear((await searchParams).year, years, vnDay());
  if (year === null) notFound();
  const ranking = await orNotFound(getGroupRankingFor(actor, id, year));
  const areaNames = Object.fromEntries(Object.entries(ranking.areas).map(([code, a]) => [code, locale === 'en' && a.nameEn ? a.nameEn : a.name]));
  const admin = isAllowed(actor, 'admin:manage');
  return (
    <>
      <PageHeader
        title={ranking.group.name}
        subtitle={`${t(`groupKinds.${ranking.group.kind}`)} · ${t('appraisal.yearLabel', { year })} · ${ranking.attainment ? await spanText(ranking.attainment.span, year) : ''}`}
        actions={
          <>
            <YearPicker action={`/appraisal/groups/${ranking.group.id}`} years={years} year={year} />
            {admin && (
              <ButtonLink href={`/appraisal/groups/${ranking.group.id}/sheet?year=${year}`} variant="secondary">
                {ranking.sheet ? t('appraisal.editSheet') : t('appraisal.createSheet')}
              </ButtonLink>
            )}
          </>
        }
      />
      <div className="mb-4">
        <LeaderNotice ranking={ranking} />
      </div>
      <Card title={t('appraisal.rankingTitle')} className="mb-4">
        <RankingTable ranking={ranking} areaNames={areaNames} />
        {isAllowed(actor, 'review:act') && ranking.sheet && <p className="mt-3 text-sm text-slate-600">{t('appraisal.scoreHint')}</p>}
      </Card>
      {ranking.sheet && (
        <Card title={t('appraisal.sheetTitle')}>
          <SheetSummary definition={ranking.sheet.definition} areaNames={areaNames} indicators={ranking.attainment?.indicators ?? []} />
        </Card>
      )}
    </>
  );
}
