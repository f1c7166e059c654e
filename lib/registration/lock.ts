/**
 * Why a registration cannot be edited now, never just "locked". Pure.
 * The filing window limits the first filing only: a registration Home Affairs returned (or
 * reopened) can be fixed and resubmitted after 31 March, since Home Affairs asked for it.
 */
import type { Role, WorkflowStatus } from '@/lib/generated/prisma/enums';
import { isEditableStatus } from '@/lib/workflow/transitions';
import type { RegistrationWindow } from './window';

export type RegistrationLockReason = 'ACCEPTED' | 'SUBMITTED' | 'WINDOW_CLOSED' | 'WINDOW_NOT_OPEN' | 'READ_ONLY_ROLE';
export type RegistrationLock = { editable: boolean; canSubmit: boolean; reason: RegistrationLockReason | null };

const EDITOR_ROLES: readonly Role[] = ['UNIT_OFFICER', 'UNIT_HEAD'];

export function registrationLock(input: { status: WorkflowStatus | null; window: RegistrationWindow; role: Role }): RegistrationLock {
  const status = input.status ?? 'DRAFT';
  let reason: RegistrationLockReason | null = null;
  if (status === 'ACCEPTED') reason = 'ACCEPTED';
  else if (status === 'SUBMITTED') reason = 'SUBMITTED';
  else if (status !== 'RETURNED' && input.window === 'CLOSED') reason = 'WINDOW_CLOSED';
  else if (status !== 'RETURNED' && input.window === 'NOT_OPEN') reason = 'WINDOW_NOT_OPEN';
  else if (!EDITOR_ROLES.includes(input.role)) reason = 'READ_ONLY_ROLE';
  const editable = reason === null && isEditableStatus(status);
  return { editable, canSubmit: editable && input.role === 'UNIT_HEAD', reason };
}
