/**
 * Demo registrations for the campaign's first year: most units registered early in 2026 and Home
 * Affairs accepted them, each committing to the province's targets for its own readings (so the heat
 * map and the rankings compare readings with registered targets); a few units never registered.
 * The demo units' registrations name some of their staff. Created once; SEED_DEMO=1 only.
 */
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { applies, targetKind } from '@/lib/registration/rules';
import { registrationSnapshot } from '@/lib/registration/snapshot';
import { audit } from '@/lib/audit';
import { hashSeed, random } from './demo-values';

const YEAR = 2026;
const SUBMITTED = new Date('2026-02-20T02:00:00Z');
const ACCEPTED = new Date('2026-03-05T03:00:00Z');

export async function seedDemoRegistrations(tx: Tx, provinceId: number, campaignId: number, log: (line: string) => void) {
  if ((await tx.registration.count({ where: { provinceId, year: YEAR } })) > 0) return;
  const [units, elements, indicators, users] = await Promise.all([
    tx.unit.findMany({ where: { provinceId, active: true }, include: { persons: { where: { active: true }, orderBy: { id: 'asc' } } } }),
    tx.dataElement.findMany({ where: { campaignId, active: true } }),
    tx.indicator.findMany({ where: { campaignId, active: true }, include: { elements: { select: { elementId: true } } } }),
    tx.user.findMany({ where: { provinceId, role: { in: ['UNIT_HEAD', 'REVIEWER'] } } }),
  ]);
  const reviewer = users.find((u) => u.role === 'REVIEWER');
  if (!reviewer) return;
  let count = 0;
  for (const unit of units) {
    const own = indicators.filter((i) => applies(i, elements, unit));
    if (own.length === 0 || random(hashSeed('registration', unit.id))() < 0.08) continue;
    const targets = own.map((i) => {
      const kind = targetKind(i);
      return {
        indicatorId: i.id,
        indicatorCode: i.code,
        targetValue: kind === 'YES_NO' ? '1' : kind === 'VALUE' ? (i.targetValue?.toString() ?? null) : null,
        targetMin: kind === 'RANGE' ? (i.targetMin?.toString() ?? null) : null,
        targetMax: kind === 'RANGE' ? (i.targetMax?.toString() ?? null) : null,
        note: null,
      };
    });
    const isCommuneLevel = unit.kind === 'COMMUNE' || unit.kind === 'WARD';
    const collectiveTitleCode = isCommuneLevel && unit.persons.length > 0 ? 'TTLDXS' : 'TTLDTT';
    const individuals = unit.persons.slice(0, 3).map((p, i) => ({ personId: p.id, fullName: p.fullName, position: p.position, titleCode: i === 0 ? 'CSTD_CO_SO' : 'LDTT' }));
    const head = users.find((u) => u.role === 'UNIT_HEAD' && u.unitId === unit.id);
    const registration = await tx.registration.create({
      data: {
        provinceId,
        unitId: unit.id,
        campaignId,
        year: YEAR,
        status: 'ACCEPTED',
        collectiveTitleCode,
        version: 3,
        submissionCount: 1,
        submittedAt: SUBMITTED,
        submittedById: head?.id ?? reviewer.id,
        reviewedAt: ACCEPTED,
        reviewedById: reviewer.id,
        createdAt: SUBMITTED,
        targets: { create: targets.map(({ indicatorCode: _code, ...t }) => t) },
        individuals: { create: individuals.map(({ fullName: _name, ...i }) => i) },
      },
    });
    await tx.submissionVersion.create({
      data: {
        registrationId: registration.id,
        number: 1,
        submittedById: head?.id ?? reviewer.id,
        submittedAt: SUBMITTED,
        snapshot: registrationSnapshot({ collectiveTitleCode, note: null }, targets, individuals) as unknown as Prisma.InputJsonValue,
      },
    });
    await audit(tx, { id: reviewer.id, name: reviewer.displayName, provinceId }, {
      action: 'registration.accept',
      entityType: 'Registration',
      entityId: registration.id,
      unitId: unit.id,
      fromStatus: 'SUBMITTED',
      toStatus: 'ACCEPTED',
      after: { year: YEAR },
      at: ACCEPTED,
    });
    count++;
  }
  log(`demo: ${count} registrations for ${YEAR}`);
}
