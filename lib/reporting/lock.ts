/**
 * Why a report cannot be edited now, never just "locked" (issue 3, point 3). Pure.
 */
import type { Role, WorkflowStatus } from '@/lib/generated/prisma/enums';
import type { PeriodWindow } from './periods';
import { isEditableStatus } from '@/lib/workflow/transitions';

export type LockReason =
  /** accepted by Home Affairs: locked until a reviewer reopens it */
  | 'ACCEPTED'
  /** submitted, waiting for Home Affairs */
  | 'SUBMITTED'
  /** the period is past its expiry and was not reopened for the unit */
  | 'PERIOD_CLOSED'
  /** the period has not ended yet */
  | 'PERIOD_NOT_OPEN'
  /** the reader's role does not edit unit reports (reviewers, leaders) */
  | 'READ_ONLY_ROLE';

export type LockState = { editable: boolean; canSubmit: boolean; reason: LockReason | null };

const EDITOR_ROLES: readonly Role[] = ['UNIT_OFFICER', 'UNIT_HEAD'];

export function reportLock(input: { status: WorkflowStatus | null; window: PeriodWindow; role: Role }): LockState {
  const status = input.status ?? 'DRAFT';
  let reason: LockReason | null = null;
  if (status === 'ACCEPTED') reason = 'ACCEPTED';
  else if (status === 'SUBMITTED') reason = 'SUBMITTED';
  else if (input.window === 'CLOSED') reason = 'PERIOD_CLOSED';
  else if (input.window === 'NOT_OPEN') reason = 'PERIOD_NOT_OPEN';
  else if (!EDITOR_ROLES.includes(input.role)) reason = 'READ_ONLY_ROLE';
  const editable = reason === null && isEditableStatus(status);
  return { editable, canSubmit: editable && input.role === 'UNIT_HEAD', reason };
}
