import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { getYearSheet } from '@/lib/registry/year-sheet';
import { registryUnitOptions } from '@/lib/registry/queries';
import { currentYear } from '@/lib/registry/data';
import { FIRST_RECORD_YEAR, type CatalogueCode } from '@/lib/registry/rules';
import { idParam, textParam, type SearchParams } from '@/lib/admin/params';
import { formatDay } from '@/lib/i18n/format';
import { isDomainError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { FilterBar, FilterSelect } from '@/components/admin/filters';
import { Alert, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { ClientMessages } from '@/components/ui/client-messages';
import { YearSheetForm, type SheetColumns } from '@/components/registry/year-sheet-form';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('registry.sheetLink') };
}

export default async function UnitSheetPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('unit:read');
  const params = await searchParams;
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const units = await registryUnitOptions(actor);
  const asked = idParam(params, 'unit');
  const unitId = units.find((u) => u.id === asked)?.id ?? units.find((u) => u.id === actor.unitId)?.id ?? units[0]?.id;
  const thisYear = currentYear();
  const yearText = textParam(params, 'year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : thisYear;
  if (!unitId) notFound();
  let sheet;
  try {
    sheet = await getYearSheet(actor, unitId, year);
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
  const name = (c: CatalogueCode) => (locale === 'en' && c.nameEn ? c.nameEn : c.name);
  const option = (c: CatalogueCode) => ({ code: c.code, name: name(c) });
  const { catalogue } = sheet;
  const columns: SheetColumns = {
    personAwards: catalogue.personAwards.map(option),
    unitAwards: catalogue.unitAwards.map(option),
    ratings: catalogue.ratings.map(option),
    initiatives: catalogue.initiatives.map(option),
    disciplines: catalogue.disciplines.map(option),
  };
  const labelOf = (code: string) => {
    const all = [...catalogue.personAwards, ...catalogue.unitAwards, ...catalogue.ratings, ...catalogue.initiatives, ...catalogue.disciplines];
    const found = all.find((c) => c.code === code);
    return found ? name(found) : code;
  };
  const rows = sheet.rows.map((r) => ({
    ...r,
    lines: r.lines.map((l) => ({
      code: l.code,
      kind: l.kind,
      label: labelOf(l.code),
      note: l.note,
      editable: l.editable,
      decision: l.decisionNumber ? (l.decisionDate ? t('registry.decisionLine', { number: l.decisionNumber, date: formatDay(l.decisionDate) }) : t('registry.decisionNumberOnly', { number: l.decisionNumber })) : null,
    })),
  }));
  const years = Array.from({ length: thisYear - FIRST_RECORD_YEAR + 1 }, (_, i) => thisYear - i);
  return (
    <>
      <PageHeader
        title={t('registry.sheet.title', { year })}
        subtitle={sheet.unit.name}
        actions={
          <>
            <ButtonLink variant="secondary" href={`/registry?unit=${sheet.unit.id}`}>
              {t('registry.history')}
            </ButtonLink>
            {isAllowed(actor, 'unit:edit', { unitId: sheet.unit.id, provinceId: actor.provinceId }) && (
              <ButtonLink variant="secondary" href={`/registry/import?unit=${sheet.unit.id}`}>
                {t('registry.importLink')}
              </ButtonLink>
            )}
          </>
        }
      />
      <FilterBar action="/registry/unit">
        {units.length > 1 && <FilterSelect name="unit" label={t('registry.sheet.unit')} defaultValue={String(sheet.unit.id)} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />}
        <FilterSelect name="year" label={t('registry.sheet.year')} defaultValue={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      </FilterBar>
      <div className="mb-4">
        <Alert>{sheet.editable ? t('registry.sheet.intro') : t('registry.sheet.readOnly')}</Alert>
      </div>
      <ClientMessages areas={['registry']}>
        <YearSheetForm key={`${sheet.unit.id}-${year}`} unitId={sheet.unit.id} year={year} fingerprint={sheet.fingerprint} editable={sheet.editable} columns={columns} rows={rows} />
      </ClientMessages>
    </>
  );
}
