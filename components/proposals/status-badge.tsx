import { getTranslations } from 'next-intl/server';
import type { ProposalStatus } from '@/lib/generated/prisma/enums';
import { Badge } from '@/components/ui/card';

const TONE: Record<ProposalStatus, 'default' | 'good' | 'warn' | 'bad' | 'info'> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  NEEDS_INFO: 'warn',
  APPRAISED: 'good',
  DISCLOSURE: 'info',
  COUNCIL: 'info',
  APPROVED: 'good',
  REJECTED: 'bad',
  DECIDED: 'good',
};

export async function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const t = await getTranslations('commendation.status');
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
