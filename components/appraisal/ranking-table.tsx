import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { GroupRanking } from '@/lib/appraisal/ranking-queries';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { Badge, EmptyState, TableWrap } from '@/components/ui/card';
import { pct } from './leader-notice';

/** The ranked members: rank, score, share of the maximum, each area's score, and who is proposed. */
export async function RankingTable({ ranking, areaNames }: { ranking: GroupRanking; areaNames: Record<string, string> }) {
  const t = await getTranslations('appraisal');
  const locale = (await getLocale()) as Locale;
  if (ranking.ranked.length === 0) return <EmptyState>{t('noRanking')}</EmptyState>;
  const leaders = new Set(ranking.proposal?.leaders.map((m) => m.unitId));
  const areas = ranking.sheet?.definition.areas ?? [];
  const n = (v: number) => formatNumber(v, locale, 2);
  return (
    <TableWrap label={t('rankingTitle')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('rank')}</th>
            <th scope="col">{t('member')}</th>
            <th scope="col">{t('total')}</th>
            <th scope="col">{t('share')}</th>
            {areas.map((a) => (
              <th key={a.code} scope="col" className="min-w-32 text-xs font-medium">
                {areaNames[a.code] ?? a.code}
              </th>
            ))}
            <th scope="col">{t('state')}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.ranked.map((m) => (
            <tr key={m.unitId}>
              <td>{m.rank}</td>
              <th scope="row" className="font-normal">
                <Link href={`/appraisal/groups/${ranking.group.id}/members/${m.unitId}?year=${ranking.year}`}>{m.name}</Link>
              </th>
              <td>
                {n(m.total)} / {n(m.maxTotal)}
              </td>
              <td>{pct(m.share, locale)}</td>
              {m.areas.map((a) => (
                <td key={a.code}>{a.maxScore > 0 ? `${n(a.score)} / ${n(a.maxScore)}` : '—'}</td>
              ))}
              <td className="space-x-1 whitespace-nowrap">
                {leaders.has(m.unitId) && <Badge tone="good">{t('proposed')}</Badge>}
                {!m.complete && <Badge tone="warn">{t('incompleteScoring')}</Badge>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
