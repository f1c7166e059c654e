import { getTranslations } from 'next-intl/server';
import type { ModelStatus } from '@/lib/generated/prisma/enums';
import { Badge } from '@/components/ui/card';

const TONE = { DRAFT: 'default', SUBMITTED: 'info', RETURNED: 'bad', PUBLISHED: 'good', ARCHIVED: 'default' } as const;

export async function ModelStatusBadge({ status }: { status: ModelStatus }) {
  const t = await getTranslations('models');
  return <Badge tone={TONE[status]}>{t(`status.${status}`)}</Badge>;
}
