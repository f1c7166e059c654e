/** Reports, sheets and commendations written straight to the database for the export tests (their own flows are tested elsewhere). */
import { db } from '@/lib/db';
import type { WorkflowStatus } from '@/lib/generated/prisma/enums';
import { dayToDate } from '@/lib/clock';

type Period = { type: 'QUARTER' | 'YEAR'; year: number; number: number };

export async function report(unitName: string, period: Period, values: Record<string, number>, options: { status?: WorkflowStatus; late?: boolean } = {}) {
  const unit = await db.unit.findFirstOrThrow({ where: { name: unitName } });
  const p = await db.reportingPeriod.findFirstOrThrow({ where: { type: period.type, year: period.year, number: period.number, isBaseline: false } });
  const elements = await db.dataElement.findMany({ where: { code: { in: Object.keys(values) } } });
  await db.report.create({
    data: {
      provinceId: unit.provinceId,
      unitId: unit.id,
      periodId: p.id,
      status: options.status ?? 'ACCEPTED',
      late: options.late ?? false,
      values: { create: elements.map((e) => ({ elementId: e.id, value: values[e.code], rawValue: String(values[e.code]) })) },
    },
  });
}

/** One ATTAINMENT criterion on the online-dossier rate and one SCORED criterion, 10 points each. */
export async function clusterSheet(unitName: string, year: number, scores: Record<string, number>, scoredById: number) {
  const unit = await db.unit.findFirstOrThrow({ where: { name: unitName }, select: { groupId: true, provinceId: true } });
  const sheet = await db.scoringSheet.create({
    data: {
      provinceId: unit.provinceId,
      groupId: unit.groupId!,
      year,
      definition: {
        areas: [
          {
            code: 'digital_admin_reform',
            weight: 1,
            criteria: [
              { code: 'DAR-ATT', name: 'Kết quả chỉ tiêu', source: 'ATTAINMENT', maxScore: 10, indicatorCodes: ['DAR-ONLINE-PUBLIC-SERVICE-USAGE'] },
              { code: 'DAR-MOV', name: 'Tổ chức phong trào', source: 'SCORED', maxScore: 10 },
            ],
          },
        ],
        leaders: { top: 1, minShare: 0.5 },
      },
    },
  });
  const members = await db.unit.findMany({ where: { groupId: unit.groupId!, active: true }, select: { id: true, name: true } });
  await db.scoreEntry.createMany({ data: members.map((m) => ({ sheetId: sheet.id, unitId: m.id, criterionCode: 'DAR-MOV', score: scores[m.name] ?? 5, scoredById })) });
  return { groupId: unit.groupId!, members };
}

/** A decision of the province with its registry lines (collectives by unit name, persons by name and leadership). */
export async function decision(number: string, day: string, lines: Array<{ unit: string; code: string; person?: { name: string; leader: boolean } }>, createdById: number) {
  const province = await db.province.findUniqueOrThrow({ where: { code: '04' } });
  const d = await db.decision.create({
    data: { provinceId: province.id, number, date: dayToDate(day), signer: 'Lê Hải Hòa', signerTitle: 'CHỦ TỊCH', title: `Về việc khen thưởng (${number})`, issuer: 'Chủ tịch UBND tỉnh Cao Bằng', createdById },
  });
  for (const line of lines) {
    const unit = await db.unit.findFirstOrThrow({ where: { name: line.unit } });
    const person = line.person ? await db.person.create({ data: { unitId: unit.id, fullName: line.person.name, isLeader: line.person.leader } }) : null;
    const form = await db.commendationForm.findFirstOrThrow({ where: { provinceId: province.id, code: line.code } });
    await db.registryEntry.create({
      data: { provinceId: province.id, year: Number(day.slice(0, 4)), kind: form.kind, code: line.code, personId: person?.id ?? null, unitId: unit.id, source: 'DECISION', decisionId: d.id, decisionNumber: number, decisionDate: dayToDate(day), issuer: d.issuer, createdById },
    });
  }
  return d;
}

/** A title a unit gave itself in its yearly review: no decision day, only a year. */
export async function unitReviewTitle(unitName: string, year: number, code: string, personName: string, createdById: number) {
  const province = await db.province.findUniqueOrThrow({ where: { code: '04' } });
  const unit = await db.unit.findFirstOrThrow({ where: { name: unitName } });
  const person = await db.person.create({ data: { unitId: unit.id, fullName: personName } });
  await db.registryEntry.create({ data: { provinceId: province.id, year, kind: 'TITLE', code, personId: person.id, unitId: unit.id, source: 'UNIT_REVIEW', createdById } });
}

export async function periodId(type: 'QUARTER' | 'HALF_YEAR' | 'YEAR', year: number, number: number) {
  return (await db.reportingPeriod.findFirstOrThrow({ where: { type, year, number, isBaseline: false } })).id;
}
