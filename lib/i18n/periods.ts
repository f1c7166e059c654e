import { asAny } from './translate';
import { periodLabelKey, type PeriodType } from '@/lib/reporting/periods';


/** "Quý 3/2026", "Năm 2026", "Năm 2025 (năm gốc)". */
export function periodLabel(translate: unknown, period: { type: PeriodType; year: number; number: number; isBaseline?: boolean }): string {
  const t = asAny(translate);
  if (period.isBaseline) return t('periods.baseline', { year: period.year });
  return t(`periods.${periodLabelKey(period.type)}`, { year: period.year, number: period.number });
}
