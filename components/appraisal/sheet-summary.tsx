import { getLocale, getTranslations } from 'next-intl/server';
import type { SheetDefinition } from '@/lib/appraisal/sheet';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { pct } from './leader-notice';

/** The sheet in words: each area's weight and criteria, and how leaders are proposed. */
export async function SheetSummary({
  definition,
  areaNames,
  indicators,
}: {
  definition: SheetDefinition;
  areaNames: Record<string, string>;
  indicators: ReadonlyArray<{ code: string; name: string; nameEn: string | null }>;
}) {
  const t = await getTranslations('appraisal');
  const locale = (await getLocale()) as Locale;
  const indicatorName = (code: string) => {
    const i = indicators.find((x) => x.code === code);
    return i ? (locale === 'en' && i.nameEn ? i.nameEn : i.name) : code;
  };
  return (
    <div className="space-y-3 text-sm">
      <p>{t('leaderRule', { top: definition.leaders.top, min: pct(definition.leaders.minShare, locale) })}</p>
      {definition.areas.map((area) => (
        <section key={area.code}>
          <h3 className="font-semibold">
            {areaNames[area.code] ?? area.code} · {t('weightIs', { weight: formatNumber(area.weight, locale) })}
          </h3>
          <ul className="mt-1 list-disc pl-5">
            {area.criteria.map((c) => (
              <li key={c.code}>
                <span className="font-mono text-xs">{c.code}</span> {c.name} ({t('maxIs', { max: formatNumber(c.maxScore, locale) })}, {t(`source.${c.source}`)})
                {c.source === 'ATTAINMENT' && <span className="block text-xs text-slate-600">{c.indicatorCodes.map(indicatorName).join('; ')}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
