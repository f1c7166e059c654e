import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { requirePermission } from '@/lib/auth/session';
import { vnDay } from '@/lib/clock';
import { getActiveCampaign } from '@/lib/catalogue/queries';
import { registrationContext } from './context';
import { registrationLock } from './lock';
import { registrationDates, registrationWindow } from './window';

/** The unit's registrations, one row per year of the campaign, newest year first. */
export async function getUnitRegistrationList(actor: Actor, unitId: number) {
  requirePermission(actor, 'unit:read', { unitId, provinceId: actor.provinceId });
  const campaign = await getActiveCampaign(actor.provinceId);
  if (!campaign) return null;
  const [unit, registrations] = await Promise.all([
    db.unit.findFirstOrThrow({ where: { id: unitId, provinceId: actor.provinceId }, select: { id: true, name: true } }),
    db.registration.findMany({
      where: { unitId, campaignId: campaign.id },
      select: { id: true, year: true, status: true, submittedAt: true, reviewedAt: true, collectiveTitleCode: true, _count: { select: { individuals: true } } },
    }),
  ]);
  const today = vnDay();
  const years = Array.from({ length: campaign.endYear - campaign.startYear + 1 }, (_, i) => campaign.endYear - i);
  return {
    unit,
    campaign: { id: campaign.id, name: campaign.name },
    rows: years.map((year) => {
      const registration = registrations.find((r) => r.year === year) ?? null;
      return {
        year,
        window: registrationWindow(year, today),
        dates: registrationDates(year),
        registration: registration && {
          id: registration.id,
          status: registration.status,
          submittedAt: registration.submittedAt,
          reviewedAt: registration.reviewedAt,
          collectiveTitleCode: registration.collectiveTitleCode,
          individuals: registration._count.individuals,
        },
      };
    }),
  };
}

/** Everything the registration form needs, for a unit and a year the actor may read. */
export async function getRegistrationForm(actor: Actor, unitId: number, year: number) {
  requirePermission(actor, 'unit:read', { unitId, provinceId: actor.provinceId });
  const ctx = await registrationContext(actor.provinceId, unitId, year);
  const registration = await db.registration.findUnique({
    where: { unitId_campaignId_year: { unitId, campaignId: ctx.campaign.id, year } },
    include: {
      targets: true,
      individuals: { include: { person: { select: { fullName: true } } }, orderBy: { id: 'asc' } },
      comments: { orderBy: { id: 'asc' } },
    },
  });
  const lastRound = registration?.submissionCount ?? 0;
  const codeOf = (indicatorId: number | null) => (indicatorId === null ? null : (ctx.indicators.find((i) => i.id === indicatorId)?.code ?? null));
  return {
    unit: ctx.unit,
    year,
    campaign: ctx.campaign,
    window: ctx.window,
    dates: ctx.dates,
    lock: registrationLock({ status: registration?.status ?? null, window: ctx.window, role: actor.role }),
    registration: registration && {
      id: registration.id,
      status: registration.status,
      version: registration.version,
      collectiveTitleCode: registration.collectiveTitleCode,
      note: registration.note,
      submittedAt: registration.submittedAt,
      reviewedAt: registration.reviewedAt,
      submissionCount: registration.submissionCount,
      updatedAt: registration.updatedAt,
    },
    indicators: ctx.indicators.map((indicator) => {
      const saved = registration?.targets.find((t) => t.indicatorId === indicator.id);
      return {
        ...indicator,
        target: {
          value: saved?.targetValue?.toString() ?? null,
          min: saved?.targetMin?.toString() ?? null,
          max: saved?.targetMax?.toString() ?? null,
          note: saved?.note ?? null,
        },
      };
    }),
    individuals: (registration?.individuals ?? []).map((i) => ({ personId: i.personId, fullName: i.person.fullName, position: i.position, titleCode: i.titleCode })),
    persons: ctx.persons,
    // The comments of the last return (one consolidated list), shown beside their indicators.
    comments: (registration?.status === 'RETURNED' ? (registration?.comments ?? []).filter((c) => c.round === lastRound) : []).map((c) => ({
      id: c.id,
      indicatorCode: codeOf(c.indicatorId),
      text: c.text,
      createdAt: c.createdAt,
    })),
  };
}

export type RegistrationForm = Awaited<ReturnType<typeof getRegistrationForm>>;
