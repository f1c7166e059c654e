import { getTranslations } from 'next-intl/server';
import { formatDay } from '@/lib/i18n/format';

/** "QĐ số 2150/QĐ-UBND ngày 15/12/2026" for a line a decision wrote; nothing otherwise. */
export async function DecisionLine({ number, date, issuer }: { number: string | null; date: Date | null; issuer?: string | null }) {
  if (!number) return null;
  const t = await getTranslations('registry');
  return (
    <span>
      {date ? t('decisionLine', { number, date: formatDay(date) }) : t('decisionNumberOnly', { number })}
      {issuer && <span className="block text-xs text-slate-500">{issuer}</span>}
    </span>
  );
}
