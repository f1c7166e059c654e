import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { vnDay } from '@/lib/clock';
import { isDomainError } from '@/lib/errors';
import { getUnitAttainment } from '@/lib/appraisal/attainment-queries';
import { rankingYears } from '@/lib/appraisal/ranking-queries';
import { pickYear } from '@/lib/appraisal/params';
import { redirect } from 'next/navigation';
import { Alert, Card, EmptyState, PageHeader } from '@/components/ui/card';
import { YearPicker } from '@/components/appraisal/year-picker';
import { UnitAttainment } from '@/components/appraisal/unit-attainment';
import { segmentId } from '@/lib/pages/detail';

export async function generateMetadata() {
  const t = await getTranslations('appraisal');
  return { title: t('attainmentTitle') };
}

/** A unit's indicators against its registered and the province targets, for the unit itself and for those who read every unit. */
export default async function UnitAttainmentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ year?: string }> }) {
  const actor = await requireActorForPage();
  const id = segmentId((await params).id);
  const t = await getTranslations();
  const years = await rankingYears(actor.provinceId);
  const year = pickYear((await searchParams).year, years, vnDay());
  if (year === null) return <EmptyState>{t('common.noData')}</EmptyState>;
  const view = await getUnitAttainment(actor, id, year).catch((error) => {
    if (isDomainError(error) && error.code === 'NOT_FOUND') notFound();
    if (isDomainError(error) && error.code === 'FORBIDDEN') redirect('/forbidden');
    throw error;
  });
  if (!view) return <EmptyState>{t('common.noData')}</EmptyState>;
  return (
    <>
      <PageHeader title={view.unit.name} subtitle={t('appraisal.attainmentSubtitle', { year })} actions={<YearPicker action={`/appraisal/units/${view.unit.id}`} years={years} year={year} />} />
      <div className="mb-4">
        <Alert tone={view.registrationStatus === 'ACCEPTED' ? 'info' : 'warning'}>
          {view.registrationStatus === 'ACCEPTED' ? t('appraisal.registrationAccepted', { year }) : t('appraisal.registrationMissing', { year })}
        </Alert>
      </div>
      <Card title={t('appraisal.attainmentTitle')}>
        <UnitAttainment rows={view.rows} span={view.span} year={year} />
      </Card>
    </>
  );
}
