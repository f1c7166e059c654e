import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { listProvinces } from '@/lib/admin/queries';
import { Badge, Card, EmptyState, PageHeader, TableWrap } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.provincesTitle') };
}

export default async function ProvincesPage() {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const provinces = await listProvinces(actor);
  return (
    <>
      <PageHeader title={t('admin.provincesTitle')} subtitle={t('admin.provinceHint')} actions={<ButtonLink href="/admin/provinces/new">{t('admin.newProvince')}</ButtonLink>} />
      <Card>
        {provinces.length === 0 ? (
          <EmptyState>{t('common.noData')}</EmptyState>
        ) : (
          <TableWrap label={t('admin.provincesTitle')}>
            <table className="w-full min-w-[36rem] text-sm">
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-600">
                  <th className="px-2 py-2">{t('admin.provinceCode')}</th>
                  <th className="px-2 py-2">{t('admin.provinceName')}</th>
                  <th className="px-2 py-2 text-right">{t('admin.unitCount')}</th>
                  <th className="px-2 py-2 text-right">{t('admin.userCount')}</th>
                  <th className="px-2 py-2">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {provinces.map((p) => {
                  const query = p.id === actor.provinceId ? '' : `?province=${p.id}`;
                  return (
                    <tr key={p.id} className="border-b border-slate-100">
                      <td className="px-2 py-2 font-mono">{p.code}</td>
                      <td className="px-2 py-2">
                        <Link href={`/admin/provinces/${p.id}`} className="font-medium">
                          {p.name}
                        </Link>{' '}
                        {p.id === actor.provinceId && <Badge tone="info">{t('admin.ownProvince')}</Badge>}
                        {p.nameEn && <div className="text-xs text-slate-500">{p.nameEn}</div>}
                      </td>
                      <td className="px-2 py-2 text-right tabular-nums">{p._count.units}</td>
                      <td className="px-2 py-2 text-right tabular-nums">{p._count.users}</td>
                      <td className="px-2 py-2">
                        <Link href={`/admin/units${query}`}>{t('admin.openUnits')}</Link> · <Link href={`/admin/users${query}`}>{t('admin.users')}</Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Card>
    </>
  );
}
