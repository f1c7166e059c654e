import Link from 'next/link';
import { Card } from '@/components/ui/card';

/**
 * Who has sent what Home Affairs expects (reports of a period, registrations of a year): the counts
 * side by side, and the units still missing, each linking to what they should have sent.
 */
export function CompletenessCard({
  title,
  badge,
  cells,
  missing,
  hrefOf,
  labels,
}: {
  title: string;
  badge?: React.ReactNode;
  cells: ReadonlyArray<readonly [label: string, value: number]>;
  missing: ReadonlyArray<{ id: number; name: string }>;
  hrefOf: (unitId: number) => string;
  labels: { missing: string; none: string };
}) {
  return (
    <Card title={title}>
      {badge}
      {/* five counts fit one row of a phone; six go in two rows of three */}
      <dl className={`grid text-center text-xs ${cells.length > 5 ? 'grid-cols-3 gap-2' : 'grid-cols-5 gap-1'} ${badge ? 'mt-3' : ''}`}>
        {cells.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium">
          {labels.missing} ({missing.length})
        </summary>
        {missing.length === 0 ? (
          <p className="mt-1 text-slate-500">{labels.none}</p>
        ) : (
          <ul className="mt-1 max-h-64 overflow-y-auto">
            {missing.map((u) => (
              <li key={u.id}>
                <Link href={hrefOf(u.id)} prefetch={false}>
                  {u.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </details>
    </Card>
  );
}
