'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The navigation scrolls sideways on a phone; the current page is marked for screen readers too. */
export function NavLinks({ items }: { items: Array<{ href: string; label: string }> }) {
  const pathname = usePathname();
  return (
    <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-2 text-sm">
      {items.map((item) => {
        const current = item.href === '/' ? pathname === '/' : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={current ? 'page' : undefined}
              className={`block px-3 py-2 text-white no-underline hover:bg-brand-700 ${current ? 'border-b-2 border-white font-semibold' : 'border-b-2 border-transparent'}`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
