import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { unitInScope } from '@/lib/reporting/queries';
import { getRegistrationForm } from '@/lib/registration/queries';
import { titleOptions } from '@/lib/registration/titles';
import { targetText } from '@/lib/catalogue/target-text';
import { isDomainError } from '@/lib/errors';
import { toLocale, type Locale } from '@/lib/i18n/config';
import { formatDate, formatDay, formatNumber } from '@/lib/i18n/format';
import { Alert, PageHeader } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { StatusBadge } from '@/components/reporting/status-badge';
import { RegistrationForm } from '@/components/registration/registration-form';

type Params = { params: Promise<{ year: string }>; searchParams: Promise<{ unit?: string }> };

/** A stored Decimal as the reader types it (1.234,5 in Vietnamese), so it reads back the same. */
const typed = (value: string | null, locale: Locale) => (value === null ? '' : formatNumber(value, locale, 4));

export default async function RegistrationPage({ params, searchParams }: Params) {
  const actor = await requireActorForPage();
  const [{ year }, { unit }] = await Promise.all([params, searchParams]);
  if (!/^\d{4}$/.test(year)) notFound();
  let form;
  try {
    const unitId = unitInScope(actor, unit && /^\d{1,9}$/.test(unit) ? Number(unit) : undefined);
    form = await getRegistrationForm(actor, unitId, Number(year));
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  const lockDate = {
    ACCEPTED: formatDate(form.registration?.reviewedAt),
    SUBMITTED: formatDate(form.registration?.submittedAt),
    WINDOW_CLOSED: formatDay(form.dates.closes),
    WINDOW_NOT_OPEN: formatDay(form.dates.opens),
    READ_ONLY_ROLE: '',
  };
  const indicators = form.indicators.map((i) => ({
    id: i.id,
    code: i.code,
    name: locale === 'en' && i.nameEn ? i.nameEn : i.name,
    unitLabel: i.unitLabel,
    contestArea: locale === 'en' && i.contestAreaEn ? i.contestAreaEn : i.contestArea,
    kind: i.kind,
    provinceTarget: targetText(i, locale),
    target: {
      value: i.kind === 'YES_NO' ? (i.target.value === null ? '' : String(Number(i.target.value))) : typed(i.target.value, locale),
      min: typed(i.target.min, locale),
      max: typed(i.target.max, locale),
      note: i.target.note ?? '',
    },
  }));
  const query = unit ? `?unit=${form.unit.id}` : '';
  return (
    <>
      <PageHeader
        title={t('registration.form.heading', { year: form.year, unit: form.unit.name })}
        subtitle={t('registration.form.windowLine', { opens: formatDay(form.dates.opens), closes: formatDay(form.dates.closes) })}
        actions={form.registration && <StatusBadge status={form.registration.status} />}
      />
      <p className="-mt-3 mb-4 text-sm">
        <Link href={`/registration${query}`}>← {t('registration.title')}</Link>
      </p>
      <div className="mb-4 space-y-2">
        {form.lock.reason && (
          <Alert tone={form.lock.reason === 'WINDOW_CLOSED' ? 'warning' : 'info'}>{t(`registration.lock.${form.lock.reason}`, { date: lockDate[form.lock.reason] })}</Alert>
        )}
        {form.registration?.status === 'RETURNED' && <Alert tone="warning">{t('registration.form.returnedBanner', { count: form.comments.length })}</Alert>}
      </div>
      <ClientMessages areas={['registration']}>
        <RegistrationForm
          unitId={form.unit.id}
          year={form.year}
          registration={form.registration && { id: form.registration.id, version: form.registration.version, collectiveTitleCode: form.registration.collectiveTitleCode, note: form.registration.note }}
          indicators={indicators}
          persons={form.persons}
          individuals={form.individuals.map((i) => ({ ...i, position: i.position ?? '' }))}
          collectiveTitles={titleOptions('collective', locale)}
          individualTitles={titleOptions('individual', locale)}
          comments={form.comments.map((c) => ({ id: c.id, indicatorCode: c.indicatorCode, text: c.text }))}
          editable={form.lock.editable}
          canSubmit={form.lock.canSubmit}
        />
      </ClientMessages>
    </>
  );
}
