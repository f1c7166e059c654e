import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { UserRow } from '@/lib/admin/people-queries';
import { formatDateTime } from '@/lib/i18n/format';
import { Badge, EmptyState, TableWrap } from '@/components/ui/card';

export async function UserTable({ users }: { users: UserRow[] }) {
  const t = await getTranslations();
  if (users.length === 0) return <EmptyState>{t('common.noData')}</EmptyState>;
  return (
    <TableWrap label={t('admin.usersTitle')}>
      <table className="w-full min-w-[48rem] text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th className="px-2 py-2">{t('admin.displayName')}</th>
            <th className="px-2 py-2">{t('admin.username')}</th>
            <th className="px-2 py-2">{t('admin.role')}</th>
            <th className="px-2 py-2">{t('admin.filterUnit')}</th>
            <th className="px-2 py-2">{t('common.status')}</th>
            <th className="px-2 py-2">{t('admin.lastLogin')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-slate-100 align-top">
              <td className="px-2 py-2">
                <Link href={`/admin/users/${u.id}`} className="font-medium">
                  {u.displayName}
                </Link>
                {u.email && <div className="text-xs text-slate-500">{u.email}</div>}
              </td>
              <td className="px-2 py-2 font-mono text-xs">{u.username}</td>
              <td className="px-2 py-2">{t(`roles.${u.role}`)}</td>
              <td className="px-2 py-2">{u.unitName ?? '—'}</td>
              <td className="px-2 py-2">
                <Badge tone={u.active ? 'good' : 'bad'}>{u.active ? t('admin.statusActive') : t('admin.statusInactive')}</Badge>
              </td>
              <td className="px-2 py-2 text-xs">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('admin.never')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
