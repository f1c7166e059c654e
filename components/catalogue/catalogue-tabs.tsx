'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

const TABS = ['campaign', 'indicators', 'elements', 'periods'] as const;

/** The parts of one campaign; the current one is marked for screen readers too. */
export function CatalogueTabs({ campaignId }: { campaignId: number }) {
  const t = useTranslations('catalogue.tabs');
  const pathname = usePathname();
  const base = `/admin/catalogue/${campaignId}`;
  return (
    <nav aria-label={t('label')} className="mb-5 border-b border-slate-200">
      <ul className="flex gap-1 overflow-x-auto text-sm">
        {TABS.map((tab) => {
          const href = tab === 'campaign' ? base : `${base}/${tab}`;
          const current = tab === 'campaign' ? pathname === base : pathname.startsWith(href);
          return (
            <li key={tab} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`block border-b-2 px-3 py-2 no-underline ${current ? 'border-brand-700 font-semibold text-slate-900' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
              >
                {t(tab)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
