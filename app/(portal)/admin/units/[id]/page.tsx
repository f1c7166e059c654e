import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getUnit, groupOptions, unitOptions } from '@/lib/admin/queries';
import { updateUnitAction } from '@/lib/admin/actions';
import type { SearchParams } from '@/lib/admin/params';
import { orNotFound, segmentId } from '@/lib/pages/detail';
import { requirePagePermission } from '@/lib/auth/session';
import { AdminIntl } from '@/components/admin/admin-intl';
import { UnitForm, type UnitFormValues } from '@/components/admin/unit-form';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('admin.editUnit') };
}


function formValues(unit: Awaited<ReturnType<typeof getUnit>>): UnitFormValues {
  const { id, provinceId, name, shortName, nameEn, kind, parentId, adminCode, border, borderSource, groupId, note, active } = unit;
  return { id, provinceId, name, shortName, nameEn, kind, parentId, adminCode, border, borderSource, groupId, note, active, updatedAt: unit.updatedAt.toISOString() };
}

export default async function EditUnitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('admin:manage');
  const unit = await orNotFound(getUnit(actor, segmentId((await params).id)));
  const created = (await searchParams).created === '1';
  const t = await getTranslations();
  const [parents, groups] = await Promise.all([unitOptions(actor, unit.provinceId), groupOptions(actor, unit.provinceId)]);
  const provinceParam = unit.provinceId === actor.provinceId ? '' : `province=${unit.provinceId}&`;
  return (
    <>
      <PageHeader title={unit.name} subtitle={t('admin.editUnit')} actions={<ButtonLink variant="secondary" href="/admin/units">{t('common.back')}</ButtonLink>} />
      {created && (
        <div className="mb-4">
          <Alert tone="success">{t('admin.unitCreated')}</Alert>
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <AdminIntl>
            <UnitForm action={updateUnitAction} parents={parents} groups={groups} unit={formValues(unit)} />
          </AdminIntl>
        </Card>
        <Card>
          <ul className="space-y-2 text-sm">
            <li>
              <Link href={`/admin/users?${provinceParam}unit=${unit.id}`}>{t('admin.usersCount', { count: unit._count.users })}</Link>
            </li>
            <li>
              <Link href={`/admin/persons?${provinceParam}unit=${unit.id}`}>{t('admin.personsCount', { count: unit._count.persons })}</Link>
            </li>
            <li>
              {t('admin.children')}: {unit._count.children}
            </li>
          </ul>
        </Card>
      </div>
    </>
  );
}
