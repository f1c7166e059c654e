import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { requirePagePermission } from '@/lib/auth/session';
import { getProposalDetail, getProposalFormOptions } from '@/lib/proposals/queries';
import { getSettings } from '@/lib/settings/queries';
import { formatDateTime, formatDay } from '@/lib/i18n/format';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { ProposalStatusBadge } from '@/components/proposals/status-badge';
import { EligibilityCard } from '@/components/proposals/eligibility-card';
import { DossierPanel } from '@/components/proposals/dossier-panel';
import { ProposalForm } from '@/components/proposals/proposal-form';
import { SubmitProposalForm } from '@/components/proposals/submit-form';
import { AppraisalActions } from '@/components/proposals/appraisal-actions';
import { ProposalTimeline } from '@/components/proposals/timeline';
import { PublicCommentsCard } from '@/components/proposals/public-comments-card';

const DONE = ['created', 'submitted', 'submittedIneligible', 'received', 'requested', 'appraised', 'rejected', 'disclosed'] as const;
type Done = (typeof DONE)[number];

export default async function ProposalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const actor = await requirePagePermission('unit:read');
  const id = segmentId((await params).id);
  const { done } = await searchParams;
  const data = await orNotFound(getProposalDetail(actor, id));
  const t = await getTranslations();
  const en = (await getLocale()) === 'en';
  const { proposal, form, can } = data;
  const formLabel = form ? (en ? (form.nameEn ?? form.name) : form.name) : proposal.formCode;
  const settings = await getSettings(actor.provinceId);
  const options = can.edit ? await getProposalFormOptions(actor, proposal.unitId) : null;
  const steps = [data.needs.publicDisclosure && t('commendation.detail.needsDisclosure'), data.needs.councilVote && t('commendation.detail.needsCouncil')].filter(Boolean);
  const reviewerCan = { receive: can.receive, requestInfo: can.requestInfo, appraise: can.appraise, reject: can.reject, openDisclosure: can.openDisclosure };
  const unitRole = actor.role === 'UNIT_OFFICER' || actor.role === 'UNIT_HEAD';
  return (
    <>
      <PageHeader
        title={`${formLabel} – ${data.nominee}`}
        subtitle={`${proposal.unit.name} · ${t('commendation.detail.year')} ${proposal.year}`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ProposalStatusBadge status={proposal.status} />
            <Link href="/proposals">{t('commendation.detail.back')}</Link>
          </div>
        }
      />
      {done && DONE.includes(done as Done) && <Alert tone={done === 'submittedIneligible' || done === 'rejected' ? 'warning' : 'success'}>{t(`commendation.done.${done as Done}`)}</Alert>}
      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {data.openRequest.length > 0 && (
            <Alert tone="warning">
              <p className="font-medium">{t('commendation.request.title')}</p>
              <p>{t('commendation.request.intro')}</p>
              <ul className="ml-5 list-disc">
                {data.openRequest.map((c) => (
                  <li key={c.id}>{c.kind === 'NEEDS_INFO_DOC' ? t('commendation.request.docItem', { doc: t(`commendation.docTypes.${c.text as 'OTHER'}`) }) : c.text}</li>
                ))}
              </ul>
            </Alert>
          )}
          <Card>
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
              <dt className="font-medium text-slate-600">{t('commendation.detail.nominee')}</dt>
              <dd>
                {data.nominee}
                {proposal.person?.position && <span className="text-slate-600"> – {proposal.person.position}</span>} ({t(`commendation.recipient.${proposal.recipient === 'COLLECTIVE' ? 'COLLECTIVE' : 'INDIVIDUAL'}`)})
              </dd>
              <dt className="font-medium text-slate-600">{t('commendation.detail.form')}</dt>
              <dd>{formLabel}</dd>
              <dt className="font-medium text-slate-600">{t('commendation.detail.proposingUnit')}</dt>
              <dd>{proposal.unit.name}</dd>
              <dt className="font-medium text-slate-600">{t('commendation.detail.year')}</dt>
              <dd>{proposal.year}</dd>
            </dl>
            <p className="mt-3 text-sm text-slate-600">
              {proposal.submittedAt ? t('commendation.detail.submittedAt', { count: proposal.submissionCount, date: formatDateTime(proposal.submittedAt) }) : t('commendation.detail.notSubmitted')}
            </p>
            <p className="mt-1 text-sm text-slate-600">{steps.length ? t('commendation.detail.needs', { steps: steps.join(', ') }) : t('commendation.detail.needsNothing')}</p>
            {proposal.disclosureStart && proposal.disclosureEnd && (
              <p className="mt-1 text-sm">{t('commendation.detail.disclosure', { start: formatDay(proposal.disclosureStart), end: formatDay(proposal.disclosureEnd) })}</p>
            )}
            <h2 className="mt-4 text-base">{t('commendation.detail.achievements')}</h2>
            <p className="whitespace-pre-line text-sm">{proposal.achievements}</p>
          </Card>
          <EligibilityCard eligibility={data.eligibility} preview={data.eligibilityIsPreview} names={data.forms} />
          <ClientMessages areas={['commendation']}>
            <DossierPanel
              proposalId={proposal.id}
              version={proposal.version}
              editable={can.edit}
              maxMb={settings['files.maxUploadMb']}
              documents={proposal.documents.map((d) => ({ id: d.id, docType: d.docType, fileId: d.file.id, name: d.file.name, size: d.file.size }))}
            />
            {can.edit && options && (
              <Card title={t('commendation.detail.editTitle')}>
                <ProposalForm
                  maxMb={settings['files.maxUploadMb']}
                  edit={{ proposalId: proposal.id, version: proposal.version }}
                  values={{
                    recipient: proposal.recipient === 'COLLECTIVE' ? 'COLLECTIVE' : 'INDIVIDUAL',
                    personId: proposal.personId,
                    recipientUnitId: proposal.recipientUnitId,
                    formCode: proposal.formCode,
                    year: proposal.year,
                    achievements: proposal.achievements,
                  }}
                  options={{
                    forms: options.forms.map((f) => ({ code: f.code, recipient: f.recipient, label: en ? (f.nameEn ?? f.name) : f.name })),
                    persons: options.persons,
                    units: options.units,
                    years: [...new Set([...options.years, proposal.year])],
                  }}
                />
              </Card>
            )}
          </ClientMessages>
          {data.publicComments && (data.needs.publicDisclosure || data.publicComments.length > 0) && <PublicCommentsCard comments={data.publicComments} />}
        </div>
        <div className="space-y-4">
          {can.submit && (
            <ClientMessages areas={['commendation']}>
              <SubmitProposalForm proposalId={proposal.id} version={proposal.version} resubmission={proposal.status === 'NEEDS_INFO'} />
            </ClientMessages>
          )}
          {can.edit && !can.submit && <Alert tone="info">{t('commendation.submit.headOnly')}</Alert>}
          {unitRole && !can.edit && <Alert tone="info">{t('commendation.detail.readOnly', { status: t(`commendation.status.${proposal.status}`) })}</Alert>}
          {Object.values(reviewerCan).some(Boolean) && (
            <ClientMessages areas={['commendation']}>
              <AppraisalActions
                proposalId={proposal.id}
                version={proposal.version}
                can={reviewerCan}
                presentDocTypes={proposal.documents.map((d) => d.docType)}
                disclosureDays={settings['commendation.disclosureWorkingDays']}
              />
            </ClientMessages>
          )}
          <ProposalTimeline comments={data.comments} />
        </div>
      </div>
    </>
  );
}
