import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getCommendationFormDetail } from '@/lib/commendation/admin-forms';
import { hrefWith, type SearchParams } from '@/lib/admin/params';
import { formatDay } from '@/lib/i18n/format';
import { isDomainError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { adminPageContext } from '@/components/admin/admin-page';
import { Alert, Badge, Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { ClientMessages } from '@/components/ui/client-messages';
import { CommendationFormEditor } from '@/components/registry/commendation-form-editor';
import { RuleVersionForm } from '@/components/registry/rule-version-form';
import { WithdrawVersion } from '@/components/registry/withdraw-version';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

export default async function CommendationFormPage({ params, searchParams }: Props) {
  const { actor, province } = await adminPageContext(searchParams);
  const { code } = await params;
  if (!/^[A-Z][A-Z0-9_]{0,49}$/.test(code)) notFound();
  let detail;
  try {
    detail = await getCommendationFormDetail(actor, province.id, code);
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
  const t = await getTranslations('registry');
  const locale = (await getLocale()) as Locale;
  const { form, versions } = detail;
  const provinceParam = province.id === actor.provinceId ? {} : { province: province.id };
  const latest = versions[0];
  const badge = (v: (typeof versions)[number]) =>
    v.version === detail.inForce ? <Badge tone="good">{t('admin.inForceBadge')}</Badge> : v.effectiveFrom > detail.today ? <Badge tone="info">{t('admin.futureBadge')}</Badge> : <Badge>{t('admin.pastBadge')}</Badge>;
  return (
    <ClientMessages areas={['registry']}>
      <PageHeader
        title={`${locale === 'en' && form.nameEn ? form.nameEn : form.name} (${form.code})`}
        subtitle={`${t(`kinds.${form.kind}`)} · ${t(`admin.recipients.${form.recipient}`)} · ${province.name}`}
        actions={
          <ButtonLink variant="secondary" href={hrefWith('/admin/commendation', {}, provinceParam)}>
            {t('admin.back')}
          </ButtonLink>
        }
      />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Card title={t('admin.formTitle')}>
          <CommendationFormEditor
            form={{
              id: form.id,
              updatedAt: form.updatedAt.toISOString(),
              name: form.name,
              nameEn: form.nameEn,
              awardedByUnit: form.awardedByUnit,
              needsCouncilVote: form.needsCouncilVote,
              needsPublicDisclosure: form.needsPublicDisclosure,
              active: form.active,
            }}
          />
        </Card>
        <div className="space-y-4">
          {!detail.ruled ? (
            <Alert>{t('admin.notRuled')}</Alert>
          ) : (
            <>
              <Card title={t('admin.rulesTitle')}>
                <p className="mb-3 text-sm text-slate-600">{t('admin.rulesIntro')}</p>
                {versions.length === 0 && <Alert tone="warning">{t('admin.noVersions')}</Alert>}
                <ol className="space-y-3">
                  {versions.map((v) => (
                    <li key={v.id} className="rounded-md border border-slate-200 p-3" aria-label={t('admin.version', { version: v.version })}>
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <h3 className="font-semibold">{t('admin.version', { version: v.version })}</h3>
                        {badge(v)}
                      </div>
                      <p className="text-sm">{v.effectiveTo ? t('admin.effectiveRange', { from: formatDay(v.effectiveFrom), to: formatDay(v.effectiveTo) }) : t('admin.effective', { from: formatDay(v.effectiveFrom) })}</p>
                      <p className="text-sm text-slate-600">
                        {t('admin.legalSource')}: {v.legalSource}
                      </p>
                      <details className="mt-2">
                        <summary className="cursor-pointer text-sm">{t('admin.showDefinition')}</summary>
                        <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-2 text-xs">{v.definition}</pre>
                      </details>
                      {v.withdrawable && (
                        <div className="mt-2">
                          <WithdrawVersion id={v.id} version={v.version} />
                        </div>
                      )}
                    </li>
                  ))}
                </ol>
              </Card>
              <Card title={t('admin.newVersion')}>
                <RuleVersionForm provinceId={province.id} formCode={form.code} legalSource={latest?.legalSource ?? ''} definition={detail.editorText} />
              </Card>
            </>
          )}
        </div>
      </div>
    </ClientMessages>
  );
}
