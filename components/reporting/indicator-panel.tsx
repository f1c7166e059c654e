'use client';

import { useMemo } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { evaluateFormula, parseFormula, timeFunctionOf } from '@/lib/catalogue/formula';
import { formatValue } from '@/lib/reporting/values';
import type { FormIndicator } from './types';

const format = (value: number, locale: string) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(value);

/**
 * The indicators the unit's own figures feed, computed as the officer types with the same formula
 * the province figure uses (for growth and reduction indicators: the level in the period).
 */
export function IndicatorPanel({ indicators, values }: { indicators: FormIndicator[]; values: Record<string, number | null> }) {
  const t = useTranslations('reportForm');
  const locale = useLocale();
  const parsed = useMemo(() => indicators.map((i) => ({ indicator: i, tree: parseFormula(i.formula) })), [indicators]);
  const unit = new Map(Object.entries(values).filter((e): e is [string, number] => e[1] !== null));
  if (indicators.length === 0) return null;
  return (
    <section className="rounded-lg border border-blue-200 bg-blue-50 p-4" aria-live="polite">
      <h2 className="text-base">{t('indicatorsHeading')}</h2>
      <p className="mb-2 text-xs text-slate-600">{t('indicatorsHint')}</p>
      <ul className="space-y-2 text-sm">
        {parsed.map(({ indicator, tree }) => {
          const time = timeFunctionOf(tree);
          const value = evaluateFormula(time ? time.level : tree, { year: 0, current: [unit] });
          let shown: string;
          if (value === null) shown = t('notComputable');
          else if (indicator.unitReading === 'YES_NO') shown = formatValue(value >= 50 ? 1 : 0, 'YES_NO', locale === 'en' ? 'en' : 'vi');
          else shown = `${format(value, locale)}${time ? '' : ` ${indicator.unitLabel}`}`;
          return (
            <li key={indicator.id} className="flex flex-wrap justify-between gap-2">
              <span>
                {indicator.name}
                {time && <span className="text-slate-500"> · {t('levelOf')}</span>}
              </span>
              <output className="font-semibold">{shown}</output>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
