/** Council members, proposals at the council's door, and helpers for the council and decision tests. */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import type { ProposalStatus } from '@/lib/generated/prisma/enums';
import { dayToDate } from '@/lib/clock';
import { caoBang, makeActor, unitNamed } from './admin-fixtures';

export const COUNCIL_UNIT = 'Hội đồng Thi đua - Khen thưởng tỉnh';

export async function makeMembers(count: number): Promise<Actor[]> {
  const members: Actor[] = [];
  for (let i = 0; i < count; i++) members.push(await makeActor('COUNCIL_MEMBER', COUNCIL_UNIT, `Thành viên ${i + 1}`));
  return members;
}

export async function setThreshold(pct: number) {
  const province = await caoBang();
  await db.setting.upsert({
    where: { provinceId_key: { provinceId: province.id, key: 'council.approvalThresholdPct' } },
    create: { provinceId: province.id, key: 'council.approvalThresholdPct', value: pct },
    update: { value: pct },
  });
}

let people = 0;

/**
 * A proposal created straight in the state the council starts from: a collective (the unit itself)
 * or a person of the unit, for a form, with a disclosure window when given ('YYYY-MM-DD').
 */
export async function makeProposal(options: {
  unit: string;
  formCode: string;
  status: ProposalStatus;
  person?: string;
  year?: number;
  disclosure?: [string, string];
  createdBy: Actor;
}) {
  const province = await caoBang();
  const unit = await unitNamed(options.unit);
  const person = options.person
    ? await db.person.create({ data: { unitId: unit.id, fullName: `${options.person} ${++people}`, position: 'Chuyên viên' } })
    : null;
  return db.proposal.create({
    data: {
      provinceId: province.id,
      unitId: unit.id,
      year: options.year ?? 2026,
      formCode: options.formCode,
      recipient: person ? 'INDIVIDUAL' : 'COLLECTIVE',
      personId: person?.id ?? null,
      recipientUnitId: person ? null : unit.id,
      achievements: 'Hoàn thành xuất sắc các chỉ tiêu thi đua của năm; dẫn đầu cụm thi đua.',
      status: options.status,
      eligible: true,
      disclosureStart: options.disclosure ? dayToDate(options.disclosure[0]) : null,
      disclosureEnd: options.disclosure ? dayToDate(options.disclosure[1]) : null,
      submittedAt: new Date('2026-10-01T02:00:00Z'),
      appraisedAt: new Date('2026-10-15T02:00:00Z'),
      createdById: options.createdBy.id,
    },
    include: { person: true },
  });
}

/** A unit officer, so that the unit's notifications have someone to reach. */
export function unitOfficer(unit: string) {
  return makeActor('UNIT_OFFICER', unit, `Cán bộ ${unit}`);
}
