import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { UnitRow } from '@/lib/admin/queries';
import { Badge, EmptyState, TableWrap } from '@/components/ui/card';

export async function UnitTable({ units }: { units: UnitRow[] }) {
  const t = await getTranslations();
  if (units.length === 0) return <EmptyState>{t('common.noData')}</EmptyState>;
  return (
    <TableWrap label={t('admin.unitsTitle')}>
      <table className="w-full min-w-[48rem] text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th className="px-2 py-2">{t('admin.unitName')}</th>
            <th className="px-2 py-2">{t('admin.kind')}</th>
            <th className="px-2 py-2">{t('admin.adminCode')}</th>
            <th className="px-2 py-2">{t('admin.group')}</th>
            <th className="px-2 py-2">{t('admin.borderFlag')}</th>
            <th className="px-2 py-2 text-right">{t('admin.users')}</th>
            <th className="px-2 py-2 text-right">{t('admin.persons')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id} className="border-b border-slate-100 align-top">
              <td className="px-2 py-2">
                <Link href={`/admin/units/${u.id}`} className="font-medium">
                  {u.name}
                </Link>
                {u.parentName && <div className="text-xs text-slate-500">{u.parentName}</div>}
                {!u.active && (
                  <div>
                    <Badge tone="bad">{t('common.inactive')}</Badge>
                  </div>
                )}
              </td>
              <td className="px-2 py-2">{t(`unitKinds.${u.kind}`)}</td>
              <td className="px-2 py-2 tabular-nums">{u.adminCode ?? '—'}</td>
              <td className="px-2 py-2">{u.groupName ?? '—'}</td>
              <td className="px-2 py-2">
                {u.kind === 'COMMUNE' || u.kind === 'WARD' ? (
                  <Badge tone={u.border === true ? 'info' : u.border === false ? 'default' : 'warn'}>{t(`border.${String(u.border) as 'true' | 'false' | 'null'}`)}</Badge>
                ) : (
                  '—'
                )}
              </td>
              <td className="px-2 py-2 text-right tabular-nums">{u.users}</td>
              <td className="px-2 py-2 text-right tabular-nums">{u.persons}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
