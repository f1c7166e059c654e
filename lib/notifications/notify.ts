/**
 * In-portal notifications. Written in the transaction of the change they announce (a rolled-back
 * change announces nothing); e-mail, when SMTP is configured, goes out afterwards from the job
 * queue. A dedupe key makes each event notify each user once, however often a job runs.
 */
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';

export type NotificationKind =
  | 'PERIOD_OPENED'
  | 'DUE_SOON'
  | 'REPORT_SUBMITTED'
  | 'REPORT_RETURNED'
  | 'REPORT_ACCEPTED'
  | 'REPORT_REOPENED'
  | 'PERIOD_REOPENED'
  | 'REGISTRATION_SUBMITTED'
  | 'REGISTRATION_RETURNED'
  | 'REGISTRATION_ACCEPTED'
  | 'REGISTRATION_REOPENED';

export type NotificationInput = {
  kind: NotificationKind | (string & {});
  params: Record<string, string | number>;
  link?: string;
  /** identifies the event; combined with the user id so that each user hears of it once */
  event?: string;
};

export async function notify(tx: Tx, userIds: readonly number[], input: NotificationInput): Promise<number> {
  if (userIds.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: [...new Set(userIds)].map((userId) => ({
      userId,
      kind: input.kind,
      params: input.params as Prisma.InputJsonValue,
      link: input.link ?? null,
      dedupeKey: input.event ? `${input.event}:${userId}` : null,
    })),
    skipDuplicates: true,
  });
  return count;
}

/** The active accounts of a unit, optionally of some roles only. */
export async function usersOfUnit(tx: Tx, unitId: number, roles: readonly Role[] = ['UNIT_OFFICER', 'UNIT_HEAD']): Promise<number[]> {
  const users = await tx.user.findMany({ where: { unitId, active: true, role: { in: [...roles] } }, select: { id: true } });
  return users.map((u) => u.id);
}

/** The province's Home Affairs reviewers. */
export async function reviewersOf(tx: Tx, provinceId: number): Promise<number[]> {
  const users = await tx.user.findMany({ where: { provinceId, active: true, role: 'REVIEWER' }, select: { id: true } });
  return users.map((u) => u.id);
}
