import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PersonRow } from '@/lib/admin/people-queries';
import { Badge, EmptyState, TableWrap } from '@/components/ui/card';

export async function PersonTable({ persons }: { persons: PersonRow[] }) {
  const t = await getTranslations();
  if (persons.length === 0) return <EmptyState>{t('common.noData')}</EmptyState>;
  return (
    <TableWrap label={t('admin.personsTitle')}>
      <table className="w-full min-w-[44rem] text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th className="px-2 py-2">{t('admin.fullName')}</th>
            <th className="px-2 py-2">{t('admin.position')}</th>
            <th className="px-2 py-2">{t('admin.filterUnit')}</th>
            <th className="px-2 py-2">{t('admin.birthYearShort')}</th>
            <th className="px-2 py-2">{t('admin.filterAccount')}</th>
          </tr>
        </thead>
        <tbody>
          {persons.map((p) => (
            <tr key={p.id} className="border-b border-slate-100 align-top">
              <td className="px-2 py-2">
                <Link href={`/admin/persons/${p.id}`} className="font-medium">
                  {p.fullName}
                </Link>{' '}
                {p.isLeader && <Badge tone="info">{t('admin.leader')}</Badge>} {!p.active && <Badge tone="bad">{t('common.inactive')}</Badge>}
              </td>
              <td className="px-2 py-2">{p.position ?? '—'}</td>
              <td className="px-2 py-2">{p.unitName}</td>
              <td className="px-2 py-2 tabular-nums">{p.birthYear ?? '—'}</td>
              <td className="px-2 py-2">
                {p.userId ? (
                  <Link href={`/admin/users/${p.userId}`}>
                    <Badge tone="good">{p.username}</Badge>
                  </Link>
                ) : (
                  <span className="text-slate-500">{t('admin.noAccount')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
