import { Badge } from '@/components/ui/card';
import type { CouncilSessionStatus } from '@/lib/generated/prisma/enums';

const TONES = { DRAFT: 'default', OPEN: 'info', CLOSED: 'good' } as const;

export function SessionStatus({ status, label }: { status: CouncilSessionStatus; label: string }) {
  return <Badge tone={TONES[status]}>{label}</Badge>;
}
