import { getTranslations } from 'next-intl/server';
import type { WorkflowStatus } from '@/lib/generated/prisma/enums';
import { Badge } from '@/components/ui/card';

const TONE = { DRAFT: 'default', SUBMITTED: 'info', RETURNED: 'bad', ACCEPTED: 'good' } as const;

export async function StatusBadge({ status }: { status: WorkflowStatus }) {
  const t = await getTranslations('workflow');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
