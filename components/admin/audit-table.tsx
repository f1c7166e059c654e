import { getAnyTranslations, type AnyTranslate } from '@/lib/i18n/translate';
import type { AuditRow } from '@/lib/admin/audit-queries';
import { auditChanges } from '@/lib/admin/rules';
import { formatDateTime } from '@/lib/i18n/format';
import { EmptyState, TableWrap } from '@/components/ui/card';

const MAX_CHANGES = 6;

/** A label from the catalogue when there is one, else the code itself. */
function labelOr(t: AnyTranslate, key: string, fallback: string): string {
  return t.has(key) ? t(key) : fallback;
}

function statusLabel(t: AnyTranslate, status: string): string {
  return t.has(`workflow.${status}`) ? t(`workflow.${status}`) : labelOr(t, `audit.statuses.${status}`, status);
}

/** A changed value, short: enums by their label, yes/no, empty, long text cut. */
function valueText(t: AnyTranslate, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('audit.empty');
  if (typeof value === 'boolean') return field === 'border' ? t(`border.${value}`) : value ? t('common.yes') : t('common.no');
  if (typeof value === 'string') {
    if (field === 'role' && t.has(`roles.${value}`)) return t(`roles.${value}`);
    if (field === 'kind' && t.has(`unitKinds.${value}`)) return t(`unitKinds.${value}`);
    return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  }
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function Changes({ t, row }: { t: AnyTranslate; row: AuditRow }) {
  const changes = auditChanges(row.before, row.after);
  if (changes.length === 0) return <span className="text-slate-400">—</span>;
  const shown = changes.slice(0, MAX_CHANGES);
  return (
    <ul className="space-y-0.5">
      {shown.map((c) => (
        <li key={c.field}>
          <span className="text-slate-500">{labelOr(t, `audit.fields.${c.field}`, c.field)}:</span>{' '}
          {row.before !== null && row.before !== undefined && (
            <>
              <del className="text-red-800">{valueText(t, c.field, c.before)}</del> →{' '}
            </>
          )}
          <ins className="text-green-800 no-underline">{valueText(t, c.field, c.after)}</ins>
        </li>
      ))}
      {changes.length > MAX_CHANGES && <li className="text-slate-500">{t('audit.moreChanges', { count: changes.length - MAX_CHANGES })}</li>}
    </ul>
  );
}

export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = await getAnyTranslations();
  if (rows.length === 0) return <EmptyState>{t('common.noData')}</EmptyState>;
  return (
    <TableWrap label={t('admin.auditTitle')}>
      <table className="w-full min-w-[56rem] text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th className="px-2 py-2">{t('admin.auditWhen')}</th>
            <th className="px-2 py-2">{t('admin.auditWho')}</th>
            <th className="px-2 py-2">{t('admin.auditAction')}</th>
            <th className="px-2 py-2">{t('admin.auditEntity')}</th>
            <th className="px-2 py-2">{t('admin.auditChange')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100 align-top">
              <td className="whitespace-nowrap px-2 py-2 tabular-nums">{formatDateTime(row.createdAt)}</td>
              <td className="px-2 py-2">
                {row.actorName ?? t('admin.system')}
                {row.ip && <div className="text-xs text-slate-500">{row.ip}</div>}
              </td>
              <td className="px-2 py-2">
                {labelOr(t, `audit.actions.${row.action}`, row.action)}
                <div className="font-mono text-xs text-slate-500">{row.action}</div>
                {(row.fromStatus || row.toStatus) && (
                  <div className="text-xs">
                    {row.fromStatus ? statusLabel(t, row.fromStatus) : '—'} → {row.toStatus ? statusLabel(t, row.toStatus) : '—'}
                  </div>
                )}
              </td>
              <td className="px-2 py-2">
                {row.entityId ? t('audit.entityRef', { entity: labelOr(t, `audit.entities.${row.entityType}`, row.entityType), id: row.entityId }) : labelOr(t, `audit.entities.${row.entityType}`, row.entityType)}
                {row.unitName && <div className="text-xs text-slate-500">{row.unitName}</div>}
              </td>
              <td className="px-2 py-2 text-xs">
                <Changes t={t} row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
