/**
 * The world the security tests act on: Cao Bằng with a user of every role, two communes ("own": the
 * unit of the unit officer and head; "other": a commune none of them belongs to), and makers of
 * every record an action needs, each in the state the action starts from. A maker either creates a
 * fresh record or puts the unit's one record back into that state, so a call that succeeded
 * (submitted a report, voted, published a model) never leaves the next case a consumed record.
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import type { Role } from '@/lib/generated/prisma/enums';
import { setClock } from '@/lib/clock';
import { hashPassword } from '@/lib/auth/password';
import { ROLES } from '@/lib/auth/permissions';
import { next, NOW, OTHER, OWN, PASSWORD, type UnitKey } from './fixtures-common';
import { makers, type Forms } from './fixtures-records';

export * from './fixtures-common';

async function actorFor(role: Role, unitId: number | null, name: string, passwordHash: string): Promise<Actor> {
  const province = await db.province.findUniqueOrThrow({ where: { code: '04' } });
  const user = await db.user.create({ data: { provinceId: province.id, username: `security.${role.toLowerCase()}.${next()}`, passwordHash, displayName: name, role, unitId } });
  const unit = unitId === null ? null : await db.unit.findUniqueOrThrow({ where: { id: unitId } });
  // As getActor does: a unit head's own units are the unit and everything below it.
  const below =
    role === 'UNIT_HEAD' && unitId !== null
      ? (
          await db.$queryRaw<Array<{ id: number }>>`
            WITH RECURSIVE tree AS (SELECT id FROM "Unit" WHERE "parentId" = ${unitId} UNION ALL SELECT u.id FROM "Unit" u JOIN tree t ON u."parentId" = t.id)
            SELECT id FROM tree`
        ).map((r) => r.id)
      : [];
  return { id: user.id, username: user.username, name, role, provinceId: province.id, unitId, unitName: unit?.name ?? null, ownUnitIds: unitId === null ? [] : [unitId, ...below] };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Built once per test file (the clock at NOW). */
export async function buildWorld() {
  setClock(NOW);
  const province = await db.province.findUniqueOrThrow({ where: { code: '04' } });
  const unitOf = (name: string) => db.unit.findFirstOrThrow({ where: { provinceId: province.id, name }, select: { id: true, name: true, groupId: true } });
  const units = { own: await unitOf(OWN), other: await unitOf(OTHER) };
  const home = { REVIEWER: 'Sở Nội vụ', COUNCIL_MEMBER: 'Hội đồng Thi đua - Khen thưởng tỉnh', LEADER: 'Văn phòng UBND tỉnh' } as Partial<Record<Role, string>>;
  const passwordHash = await hashPassword(PASSWORD);

  const actors = {} as Record<Role, Actor>;
  for (const role of ROLES) {
    const unitId = role === 'UNIT_OFFICER' || role === 'UNIT_HEAD' ? units.own.id : home[role] ? (await unitOf(home[role]!)).id : null;
    actors[role] = await actorFor(role, unitId, `Người thử ${role}`, passwordHash);
  }
  // The other commune's own staff: they prepare its records (the matrix actors never belong to it).
  const staff: Record<UnitKey, { officer: Actor; head: Actor }> = {
    own: { officer: actors.UNIT_OFFICER, head: actors.UNIT_HEAD },
    other: { officer: await actorFor('UNIT_OFFICER', units.other.id, 'Cán bộ xã khác', passwordHash), head: await actorFor('UNIT_HEAD', units.other.id, 'Chủ tịch xã khác', passwordHash) },
  };
  const reviewer = actors.REVIEWER;
  const admin = actors.ADMIN;

  const campaign = await db.campaign.findFirstOrThrow({ where: { provinceId: province.id, code: 'TD-2026-2030' } });
  const period = (type: 'QUARTER' | 'YEAR', year: number, number: number) =>
    db.reportingPeriod.findFirstOrThrow({ where: { campaignId: campaign.id, type, year, number, isBaseline: false }, select: { id: true } });
  const q3 = await period('QUARTER', 2026, 3);
  const q2 = await period('QUARTER', 2026, 2);

  const form = async (where: Record<string, unknown>) =>
    (
      await db.commendationForm.findFirstOrThrow({
        where: { provinceId: province.id, active: true, awardedByUnit: false, kind: { in: ['TITLE', 'FORM'] }, recipient: { in: ['INDIVIDUAL', 'INDIVIDUAL_OR_COLLECTIVE'] }, ...where },
        orderBy: { code: 'asc' },
      })
    ).code;
  const ruledForm = await db.eligibilityRule.findFirstOrThrow({ where: { provinceId: province.id }, orderBy: { id: 'asc' } });
  const forms: Forms = {
    plain: await form({ needsCouncilVote: false, needsPublicDisclosure: false }),
    disclosure: await form({ needsPublicDisclosure: true }),
    council: await form({ needsCouncilVote: true }),
    ruled: ruledForm.formCode,
    spare: '',
  };
  // A form none of the flows above uses, for the catalogue editor to change at will.
  forms.spare = (await db.commendationForm.findFirstOrThrow({ where: { provinceId: province.id, code: { notIn: Object.values(forms).filter(Boolean) } }, orderBy: { code: 'desc' } })).code;

  // Records of the administration pages, edited (not consumed) by their update actions.
  const adminProvince = await db.province.create({ data: { code: `T${next()}`, name: 'Tỉnh thử quản trị' } });
  const adminUnit = await db.unit.create({ data: { provinceId: province.id, name: 'Xã thử quản trị', kind: 'COMMUNE' } });
  const adminUser = await actorFor('LEADER', adminUnit.id, 'Người dùng thử quản trị', passwordHash);
  const adminPerson = await db.person.create({ data: { unitId: adminUnit.id, fullName: 'Nông Văn Thử', position: 'Công chức' } });
  // The catalogue editor works on a spare campaign: the seeded one stays as the reports need it.
  const spareCampaign = await db.campaign.create({
    data: { provinceId: province.id, code: 'TD-THU-2031', name: 'Phong trào thử', theme: 'Thử', startYear: 2031, endYear: 2038, active: false },
  });
  const spareArea = await db.contestArea.create({ data: { campaignId: spareCampaign.id, code: 'LV-THU', name: 'Lĩnh vực thử' } });
  const spareElement = await db.dataElement.create({
    data: { campaignId: spareCampaign.id, code: 'THU_SO_LIEU', name: 'Số liệu thử', unitLabel: 'hồ sơ', valueType: 'INTEGER', overTime: 'FLOW', periodTypes: ['QUARTER'], reporterGroups: ['COMMUNES'] },
  });
  const spareIndicator = await db.indicator.create({
    data: { campaignId: spareCampaign.id, contestAreaId: spareArea.id, code: 'THU-CHI-TIEU', name: 'Chỉ tiêu thử', unitLabel: 'hồ sơ', comparison: 'AT_LEAST', targetValue: 10, horizon: 'BY_YEAR', horizonYear: 2035, sourceText: 'Thử', formula: 'THU_SO_LIEU' },
  });
  await db.indicatorElement.create({ data: { indicatorId: spareIndicator.id, elementId: spareElement.id } });

  const world = { province, units, actors, staff, reviewer, admin, campaign, q3, q2, forms, passwordHash, adminProvince, adminUnit, adminUser, adminPerson, spareCampaign, spareElement, spareIndicator };
  return { ...world, ...(await makers(world)) };
}

