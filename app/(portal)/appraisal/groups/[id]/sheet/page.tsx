import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { requirePagePermission } from '@/lib/auth/session';
import { vnDay } from '@/lib/clock';
import { rankingYears } from '@/lib/appraisal/ranking-queries';
import { getSheetEditor } from '@/lib/appraisal/sheet-service';
import { pickYear } from '@/lib/appraisal/params';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { SheetForm, type SheetFormValue } from '@/components/appraisal/sheet-form';

export async function generateMetadata() {
  const t = await getTranslations('appraisal');
  return { title: t('sheetTitle') };
}

export default async function SheetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const id = segmentId((await params).id);
  const t = await getTranslations();
  const locale = await getLocale();
  const years = await rankingYears(actor.provinceId);
  const year = pickYear((await searchParams).year, years, vnDay());
  if (year === null) notFound();
  const editor = await orNotFound(getSheetEditor(actor, id, year));
  const label = (x: { name: string; nameEn: string | null }) => (locale === 'en' && x.nameEn ? x.nameEn : x.name);
  const decimal = (n: number) => (locale === 'vi' ? String(n).replace('.', ',') : String(n));
  const initial: SheetFormValue = {
    areas: editor.definition.areas.map((a) => ({
      code: a.code,
      weight: decimal(a.weight),
      criteria: a.criteria.map((c) => ({ code: c.code, name: c.name, source: c.source, maxScore: decimal(c.maxScore), indicatorCodes: c.source === 'ATTAINMENT' ? c.indicatorCodes : [] })),
    })),
    leaders: { top: String(editor.definition.leaders.top), minSharePct: decimal(Math.round(editor.definition.leaders.minShare * 10_000) / 100) },
  };
  return (
    <>
      <PageHeader title={t('appraisal.sheetOf', { group: editor.group.name, year })} subtitle={editor.campaign.name} />
      <p className="mb-4 text-sm">
        <Link href={`/appraisal/groups/${editor.group.id}?year=${year}`}>{t('appraisal.backToRanking')}</Link>
      </p>
      <div className="mb-4 space-y-2">
        {editor.isDefault && <Alert tone="info">{t('appraisal.defaultSheetNotice')}</Alert>}
        {editor.scoreCount > 0 && <Alert tone="warning">{t('appraisal.sheetHasScores', { count: editor.scoreCount })}</Alert>}
      </div>
      <Card>
        <ClientMessages areas={['appraisal', 'validation']}>
          <SheetForm
            key={`${editor.group.id}-${year}`}
            groupId={editor.group.id}
            year={year}
            version={editor.version}
            initial={initial}
            catalogue={{
              areas: editor.areas.map((a) => ({ code: a.code, name: label(a) })),
              indicators: editor.indicators.map((i) => ({ code: i.code, name: label(i), areaCode: i.areaCode, appliesToGroup: i.appliesToGroup })),
            }}
          />
        </ClientMessages>
      </Card>
    </>
  );
}
