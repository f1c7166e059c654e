import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';

type Page = 'overview' | 'heatmap' | 'reporting' | 'commendations';
const HREF: Record<Page, string> = { overview: '/dashboard', heatmap: '/dashboard/heatmap', reporting: '/dashboard/reporting', commendations: '/dashboard/commendations' };

/** The dashboards the actor may open: the province overview for every dashboard role, the rest for 'dashboard:all'. */
export async function DashboardLinks({ actor, current }: { actor: Actor; current: Page }) {
  const t = await getTranslations('dashboard.links');
  const pages: Page[] = isAllowed(actor, 'dashboard:all') ? ['overview', 'heatmap', 'reporting', 'commendations'] : ['overview'];
  if (pages.length < 2) return null;
  return (
    <nav aria-label={t('label')} className="mb-4 flex flex-wrap gap-2 text-sm">
      {pages.map((page) => (
        <Link
          key={page}
          href={HREF[page]}
          aria-current={page === current ? 'page' : undefined}
          className={`rounded-full border px-3 py-1 no-underline ${page === current ? 'border-blue-800 bg-blue-800 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`}
        >
          {t(page)}
        </Link>
      ))}
    </nav>
  );
}
