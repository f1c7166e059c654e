import { getTranslations } from 'next-intl/server';
import type { getElementsForAdmin } from '@/lib/catalogue/admin-queries';
import { Badge, EmptyState, TableWrap } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';

type Elements = Awaited<ReturnType<typeof getElementsForAdmin>>;

/** The data elements units report: how each behaves over time, who reports it, which formulas read it. */
export async function ElementTable({ campaignId, elements }: { campaignId: number; elements: Elements }) {
  const t = await getTranslations();
  if (elements.length === 0) return <EmptyState>{t('catalogue.noElements')}</EmptyState>;
  return (
    <TableWrap label={t('catalogue.sections.elements')}>
      <table className="min-w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-2">{t('catalogue.fields.code')}</th>
            <th scope="col" className="px-2 py-2">{t('catalogue.fields.name')}</th>
            <th scope="col" className="px-2 py-2">{t('catalogue.fields.overTime')}</th>
            <th scope="col" className="px-2 py-2">{t('catalogue.fields.reporterGroups')}</th>
            <th scope="col" className="px-2 py-2">{t('catalogue.fields.usedBy')}</th>
            <th scope="col" className="px-2 py-2">
              <span className="sr-only">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {elements.map((e) => (
            <tr key={e.id}>
              <td className="px-2 py-2">
                <code className="text-xs">{e.code}</code>
                {!e.active && (
                  <div>
                    <Badge tone="warn">{t('catalogue.inactive')}</Badge>
                  </div>
                )}
              </td>
              <td className="px-2 py-2">
                {e.name}
                <div className="text-xs text-slate-600">
                  {e.unitLabel} · {t(`catalogue.valueTypes.${e.valueType}`)} · {e.periodTypes.map((p) => t(`catalogue.periodTypes.${p}`)).join(', ')}
                  {e.totalElement && ` · ≤ ${e.totalElement.code}`}
                  {e.evidenceRequired && ` · ${t('catalogue.fields.evidenceRequired')}`}
                </div>
              </td>
              <td className="px-2 py-2">{t(`overTime.${e.overTime}`)}</td>
              <td className="px-2 py-2">
                {e.reporterGroups.map((g) => (g === 'OWNER' && e.ownerUnit ? e.ownerUnit.name : t(`reporterGroups.${g}`))).join(', ')}
              </td>
              <td className="px-2 py-2 text-xs">{e.usedBy.join(', ') || '—'}</td>
              <td className="px-2 py-2">
                <ButtonLink variant="ghost" href={`/admin/catalogue/${campaignId}/elements/${e.id}`} aria-label={`${t('catalogue.edit')} ${e.code}`}>
                  {t('catalogue.edit')}
                </ButtonLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
