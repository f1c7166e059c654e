import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import type { WorkflowStatus } from '@/lib/generated/prisma/enums';
import { vnDay } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { getActiveCampaign, getElements, getIndicators, getUnitsOfProvince } from '@/lib/catalogue/queries';
import { registrationContext } from './context';
import { applies } from './rules';
import { registrationWindow } from './window';
import { diffRegistrations, type RegistrationSnapshot } from './diff';

export type RegistrationQueueFilters = { status?: WorkflowStatus; year?: number; q?: string };

const viCollator = new Intl.Collator('vi');

/** The year Home Affairs looks at first: the one being filed now, else the current calendar year. */
export function currentRegistrationYear(campaign: { startYear: number; endYear: number }, today = vnDay()): number {
  const calendar = Number(today.slice(0, 4));
  const filing = [calendar + 1, calendar].find((y) => registrationWindow(y, today) === 'OPEN');
  return Math.min(Math.max(filing ?? calendar, campaign.startYear), campaign.endYear);
}

/** Home Affairs' queue of registrations by status, year and unit, oldest submission first. */
export async function getRegistrationQueue(actor: Actor, filters: RegistrationQueueFilters) {
  requirePermission(actor, 'review:act');
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  let unitIds: number[] | undefined;
  if (filters.q) {
    const rows = await db.$queryRaw<Array<{ id: number }>>`
      SELECT id FROM "Unit" WHERE "provinceId" = ${actor.provinceId}
        AND unaccent(lower(name)) LIKE '%' || unaccent(lower(${filters.q})) || '%'`;
    unitIds = rows.map((r) => r.id);
  }
  const registrations = await db.registration.findMany({
    where: {
      provinceId: actor.provinceId,
      campaignId: campaign.id,
      ...(filters.status ? { status: filters.status } : { status: { not: 'DRAFT' } }),
      ...(filters.year ? { year: filters.year } : {}),
      ...(unitIds ? { unitId: { in: unitIds } } : {}),
    },
    select: {
      id: true,
      year: true,
      status: true,
      submittedAt: true,
      reviewedAt: true,
      submissionCount: true,
      collectiveTitleCode: true,
      unit: { select: { id: true, name: true } },
    },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 500,
  });
  const years = Array.from({ length: campaign.endYear - campaign.startYear + 1 }, (_, i) => campaign.startYear + i);
  return { campaign: { id: campaign.id, name: campaign.name, startYear: campaign.startYear, endYear: campaign.endYear }, years, registrations };
}

export type RegistrationCompleteness = {
  year: number;
  expected: number;
  registered: number;
  accepted: number;
  awaiting: number;
  returned: number;
  drafts: number;
  missing: Array<{ id: number; name: string }>;
};

/**
 * For a year: the units expected to register (members of an emulation block or cluster, and any
 * unit an indicator applies to), how many registered (submitted at least once), and which are missing.
 */
export async function getRegistrationCompleteness(actor: Actor, year: number): Promise<RegistrationCompleteness | null> {
  requirePermission(actor, 'review:act');
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const [units, elements, indicators, rows] = await Promise.all([
    getUnitsOfProvince(actor.provinceId),
    getElements(campaign.id),
    getIndicators(campaign.id),
    db.registration.findMany({ where: { provinceId: actor.provinceId, campaignId: campaign.id, year }, select: { unitId: true, status: true } }),
  ]);
  const expected = units.filter((u) => u.groupId !== null || indicators.some((i) => applies(i, elements, u)));
  const statusOf = new Map(rows.map((r) => [r.unitId, r.status]));
  const count = (status: WorkflowStatus) => expected.filter((u) => statusOf.get(u.id) === status).length;
  const registered = expected.filter((u) => (statusOf.get(u.id) ?? 'DRAFT') !== 'DRAFT');
  return {
    year,
    expected: expected.length,
    registered: registered.length,
    accepted: count('ACCEPTED'),
    awaiting: count('SUBMITTED'),
    returned: count('RETURNED'),
    drafts: count('DRAFT'),
    missing: expected
      .filter((u) => (statusOf.get(u.id) ?? 'DRAFT') === 'DRAFT')
      .map((u) => ({ id: u.id, name: u.name }))
      .sort((a, b) => viCollator.compare(a.name, b.name)),
  };
}

/** A registration as the reviewer sees it: targets beside the province's, individuals, versions and the diff since the last one. */
export async function getRegistrationForReview(actor: Actor, registrationId: number) {
  requirePermission(actor, 'review:act');
  const registration = await db.registration.findFirst({
    where: { id: registrationId, provinceId: actor.provinceId },
    include: {
      unit: { select: { id: true, name: true } },
      targets: true,
      individuals: { include: { person: { select: { fullName: true } } }, orderBy: { id: 'asc' } },
      comments: { orderBy: { id: 'asc' } },
      versions: { orderBy: { number: 'asc' } },
    },
  });
  if (!registration) throw new DomainError('NOT_FOUND');
  const ctx = await registrationContext(actor.provinceId, registration.unitId, registration.year);
  const people = await db.user.findMany({
    where: { id: { in: [...registration.versions.map((v) => v.submittedById), ...registration.comments.map((c) => c.authorId)] } },
    select: { id: true, displayName: true },
  });
  const nameOf = (id: number) => people.find((p) => p.id === id)?.displayName ?? '';
  const latest = registration.versions.at(-1);
  const previous = registration.versions.at(-2);
  const order = ctx.indicators.map((i) => i.code);
  return {
    registration: {
      id: registration.id,
      year: registration.year,
      status: registration.status,
      version: registration.version,
      collectiveTitleCode: registration.collectiveTitleCode,
      note: registration.note,
      submittedAt: registration.submittedAt,
      reviewedAt: registration.reviewedAt,
      submissionCount: registration.submissionCount,
    },
    unit: registration.unit,
    indicators: ctx.indicators.map((indicator) => {
      const saved = registration.targets.find((t) => t.indicatorId === indicator.id);
      return {
        ...indicator,
        target: { value: saved?.targetValue?.toString() ?? null, min: saved?.targetMin?.toString() ?? null, max: saved?.targetMax?.toString() ?? null, note: saved?.note ?? null },
      };
    }),
    individuals: registration.individuals.map((i) => ({ personId: i.personId, fullName: i.person.fullName, position: i.position, titleCode: i.titleCode })),
    versions: registration.versions.map((v) => ({ number: v.number, submittedAt: v.submittedAt, by: nameOf(v.submittedById) })),
    comments: registration.comments.map((c) => ({ id: c.id, round: c.round, indicatorId: c.indicatorId, text: c.text, by: nameOf(c.authorId), createdAt: c.createdAt })),
    diff: latest && previous ? diffRegistrations(previous.snapshot as unknown as RegistrationSnapshot, latest.snapshot as unknown as RegistrationSnapshot, order) : null,
    diffFrom: previous?.number ?? null,
  };
}

export type RegistrationForReview = Awaited<ReturnType<typeof getRegistrationForReview>>;
