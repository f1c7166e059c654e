import { getLocale, getTranslations } from 'next-intl/server';
import type { GroupRanking } from '@/lib/appraisal/ranking-queries';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { Alert } from '@/components/ui/card';

export const pct = (share: number | null, locale: Locale) => (share === null ? '—' : `${formatNumber(share * 100, locale, 1)}%`);

/** Who the group proposes for the Emulation Flag, or why nobody is proposed yet. */
export async function LeaderNotice({ ranking, compact = false }: { ranking: GroupRanking; compact?: boolean }) {
  const t = await getTranslations('appraisal');
  const locale = (await getLocale()) as Locale;
  const text = (() => {
    if (ranking.sheetBroken) return { tone: 'error' as const, body: t('sheetBroken') };
    if (!ranking.sheet || !ranking.proposal) return { tone: 'info' as const, body: t('noSheet', { year: ranking.year }) };
    const { leaders, reason } = ranking.proposal;
    if (reason === null) {
      const names = leaders.map((m) => t('leaderItem', { unit: m.name, rank: m.rank, share: pct(m.share, locale) })).join('; ');
      return { tone: 'success' as const, body: t('leaders', { count: leaders.length, names }) };
    }
    return { tone: 'warning' as const, body: t(`noLeader.${reason}`, { min: pct(ranking.sheet.definition.leaders.minShare, locale) }) };
  })();
  if (compact) return <p className="text-sm">{text.body}</p>;
  return <Alert tone={text.tone}>{text.body}</Alert>;
}
