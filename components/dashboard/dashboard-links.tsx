import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';

type Page = 'overview' | 'heatmap' | 'reporting' | 'commendations' | 'unit';
const HREF: Record<Exclude<Page, 'unit'>, string> = { overview: '/dashboard', heatmap: '/dashboard/heatmap', reporting: '/dashboard/reporting', commendations: '/dashboard/commendations' };
const PILL = 'rounded-full border px-3 py-1 no-underline';

/**
 * The dashboards the actor may open: the province overview for every dashboard role, the heat map,
 * reporting health and commendation statistics for 'dashboard:all', and a unit role's own unit page.
 */
export async function DashboardLinks({ actor, current }: { actor: Actor; current: Page }) {
  const t = await getTranslations('dashboard.links');
  const pages = (isAllowed(actor, 'dashboard:all') ? ['overview', 'heatmap', 'reporting', 'commendations'] : ['overview']) as Array<keyof typeof HREF>;
  const ownUnit = !isAllowed(actor, 'dashboard:all') && actor.unitId !== null && isAllowed(actor, 'dashboard:unit', { unitId: actor.unitId, provinceId: actor.provinceId });
  if (pages.length < 2 && !ownUnit) return null;
  return (
    <nav aria-label={t('label')} className="mb-4 flex flex-wrap gap-2 text-sm">
      {pages.map((page) => (
        <Link
          key={page}
          href={HREF[page]}
          aria-current={page === current ? 'page' : undefined}
          className={`${PILL} ${page === current ? 'border-blue-800 bg-blue-800 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`}
        >
          {t(page)}
        </Link>
      ))}
      {ownUnit && (
        <Link href={`/dashboard/units/${actor.unitId}`} className={`${PILL} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}>
          {t('myUnit', { unit: actor.unitName ?? '' })}
        </Link>
      )}
    </nav>
  );
}
