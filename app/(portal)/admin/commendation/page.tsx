import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listCommendationForms } from '@/lib/commendation/admin-forms';
import { hrefWith } from '@/lib/admin/params';
import type { Locale } from '@/lib/i18n/config';
import { adminPageContext } from '@/components/admin/admin-page';
import { FilterBar, ProvinceFilter } from '@/components/admin/filters';
import { Badge, Card, PageHeader, TableWrap } from '@/components/ui/card';
import type { SearchParams } from '@/lib/admin/params';

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t('registry.admin.title') };
}

export default async function CommendationCataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { actor, province, provinces } = await adminPageContext(searchParams);
  const t = await getTranslations('registry');
  const locale = (await getLocale()) as Locale;
  const forms = await listCommendationForms(actor, province.id);
  const provinceParam = province.id === actor.provinceId ? {} : { province: province.id };
  return (
    <>
      <PageHeader title={t('admin.title')} subtitle={`${province.name} · ${t('admin.intro')}`} />
      {provinces.length > 1 && (
        <FilterBar action="/admin/commendation">
          <ProvinceFilter provinces={provinces} current={province.id} />
        </FilterBar>
      )}
      <Card>
        <TableWrap label={t('admin.tableLabel')}>
          <table className="min-w-full text-sm">
            <thead>
              <tr className="border-b text-left text-slate-600">
                <th scope="col" className="px-2 py-2">{t('admin.columns.code')}</th>
                <th scope="col" className="px-2 py-2">{t('admin.columns.name')}</th>
                <th scope="col" className="px-2 py-2">{t('admin.columns.kind')}</th>
                <th scope="col" className="px-2 py-2">{t('admin.columns.recipient')}</th>
                <th scope="col" className="px-2 py-2">{t('admin.columns.flags')}</th>
                <th scope="col" className="px-2 py-2">{t('admin.columns.rules')}</th>
              </tr>
            </thead>
            <tbody>
              {forms.map((f) => (
                <tr key={f.id} className="border-b align-top last:border-0">
                  <td className="px-2 py-2 font-mono text-xs">
                    <Link href={hrefWith(`/admin/commendation/${f.code}`, {}, provinceParam)} aria-label={t('admin.edit', { code: f.code })}>
                      {f.code}
                    </Link>
                  </td>
                  <th scope="row" className="px-2 py-2 text-left font-medium">
                    {locale === 'en' && f.nameEn ? f.nameEn : f.name}
                  </th>
                  <td className="px-2 py-2">{t(`kinds.${f.kind}`)}</td>
                  <td className="px-2 py-2">{t(`admin.recipients.${f.recipient}`)}</td>
                  <td className="px-2 py-2">
                    <span className="flex flex-wrap gap-1">
                      {f.awardedByUnit && <Badge tone="info">{t('admin.awardedByUnit')}</Badge>}
                      {f.needsCouncilVote && <Badge tone="warn">{t('admin.needsCouncilVote')}</Badge>}
                      {f.needsPublicDisclosure && <Badge tone="warn">{t('admin.needsPublicDisclosure')}</Badge>}
                      {!f.active && <Badge tone="bad">{t('admin.inactive')}</Badge>}
                    </span>
                  </td>
                  <td className="px-2 py-2">
                    {f.ruled ? (
                      <>
                        {t('admin.versions', { count: f.versionCount })}
                        <span className="block text-xs text-slate-500">{f.inForce ? t('admin.inForce', { version: f.inForce }) : t('admin.noneInForce')}</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </Card>
    </>
  );
}
