import { getTranslations } from 'next-intl/server';
import type { RegistrySource } from '@/lib/generated/prisma/enums';
import { Badge } from '@/components/ui/card';

const TONE = { UNIT_REVIEW: 'default', DECISION: 'good', IMPORT: 'info' } as const;

export async function SourceBadge({ source }: { source: RegistrySource }) {
  const t = await getTranslations('registry.sources');
  return <Badge tone={TONE[source]}>{t(source)}</Badge>;
}
