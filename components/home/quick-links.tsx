import Link from 'next/link';
import { Card } from '@/components/ui/card';

/** The pages a role goes to most, one tap away on a phone. */
export function QuickLinks({ title, links }: { title: string; links: Array<{ href: string; label: string }> }) {
  return (
    <Card title={title}>
      <ul className="grid gap-2 sm:grid-cols-2">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="block rounded-md border border-slate-200 px-3 py-2 text-sm font-medium no-underline hover:bg-slate-50">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
