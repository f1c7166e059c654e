import { getTranslations } from 'next-intl/server';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { requirePagePermission } from '@/lib/auth/session';
import { getDecision } from '@/lib/decisions/queries';
import { formatDay } from '@/lib/i18n/format';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { buttonClass, ButtonLink } from '@/components/ui/button';
import { AwardeeTable } from '@/components/decisions/awardee-table';

export default async function DecisionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ recorded?: string }> }) {
  const actor = await requirePagePermission('review:act');
  const id = segmentId((await params).id);
  const { recorded } = await searchParams;
  const decision = await orNotFound(getDecision(actor, id), 'any');
  const t = await getTranslations();
  const signerAs = (title: string) =>
    title === 'CHỦ TỊCH' ? t('council.decisions.signerAs.chairman') : title === 'PHÓ CHỦ TỊCH' ? t('council.decisions.signerAs.viceChairman') : title;
  return (
    <>
      <PageHeader
        title={t('council.decisions.title') + ' ' + decision.number}
        subtitle={`${decision.title} · ${formatDay(decision.date)}`}
        actions={
          <ButtonLink href="/decisions" variant="secondary">
            {t('common.back')}
          </ButtonLink>
        }
      />
      <div className="space-y-4">
        {recorded && <Alert tone="success">{t('council.decisions.recorded')}</Alert>}
        <Card>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-600">{t('council.decisions.number')}</dt>
            <dd className="font-medium">{decision.number}</dd>
            <dt className="text-slate-600">{t('council.decisions.date')}</dt>
            <dd>{formatDay(decision.date)}</dd>
            <dt className="text-slate-600">{t('council.decisions.signer')}</dt>
            <dd>{t('council.decisions.signedBy', { title: signerAs(decision.signerTitle), signer: decision.signer })}</dd>
            <dt className="text-slate-600">{t('council.decisions.issuer')}</dt>
            <dd>{decision.issuer}</dd>
            <dt className="text-slate-600">{t('council.decisions.proposingUnits')}</dt>
            <dd>{decision.proposingUnits.join('; ') || '—'}</dd>
          </dl>
          <div className="mt-4 flex flex-wrap gap-2">
            {/* downloads: plain links, never prefetched */}
            {decision.fileId && (
              <a href={`/api/files/${decision.fileId}`} className={buttonClass('primary')}>
                {t('council.decisions.download')}
              </a>
            )}
            <a href={`/api/decisions/${decision.id}/certificates`} className={buttonClass('secondary')}>
              {t('council.decisions.certificates')}
            </a>
          </div>
        </Card>
        <Card title={t('council.decisions.awardeeList')}>
          <AwardeeTable awardees={decision.awardees} showPosition />
        </Card>
      </div>
    </>
  );
}
