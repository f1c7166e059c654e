/**
 * The labels of audit action codes and record types, in every language, flattened from the
 * catalogue ('report.submit' -> 'Gửi báo cáo'), so the log can be searched by what its reader sees.
 */
import viAudit from '@/lib/i18n/messages/vi/audit.json';
import enAudit from '@/lib/i18n/messages/en/audit.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const code = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[code] = value;
    else Object.assign(out, flatten(value, code));
  }
  return out;
}

const ACTIONS = [flatten(viAudit.audit.actions), flatten(enAudit.audit.actions)];
const ENTITIES = [viAudit.audit.entities as Record<string, string>, enAudit.audit.entities as Record<string, string>];

export const actionLabels = () => ACTIONS;
export const entityLabels = () => ENTITIES;
