import 'server-only';
import type { z } from 'zod';
import { db, type Tx } from '@/lib/db';
import { audit } from '@/lib/audit';
import { auditActor, type Actor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { dayToDate } from '@/lib/clock';
import { campaignPeriods } from '@/lib/reporting/periods';
import { getSettings } from '@/lib/settings/queries';
import type { contestAreaSchema, createCampaignSchema, focusItemSchema, milestoneSchema, updateCampaignSchema } from './admin-schema';
import { auditChange } from './admin-rules';
import { campaignOfActor, fieldError, fingerprintOf, isUniqueViolation, requireCatalogueAdmin, V } from './admin-guard';

/** The quarters and years of the campaign's years (and its baseline year), with days from the settings. */
async function insertPeriods(tx: Tx, actor: Actor, campaign: { id: number; startYear: number; endYear: number }, baselineYear: number | null) {
  const settings = await getSettings(actor.provinceId, tx);
  const periods = campaignPeriods(campaign.startYear, campaign.endYear, baselineYear, {
    dueDay: settings['reporting.dueDay'],
    expiryDays: settings['reporting.expiryDays'],
  });
  const created = await tx.reportingPeriod.createMany({
    data: periods.map((p) => ({
      campaignId: campaign.id,
      type: p.type,
      year: p.year,
      number: p.number,
      startDate: dayToDate(p.startDate),
      endDate: dayToDate(p.endDate),
      dueDate: dayToDate(p.dueDate),
      expiryDate: dayToDate(p.expiryDate),
      isBaseline: p.isBaseline,
    })),
    // Periods that already exist keep the days an administrator may have given them.
    skipDuplicates: true,
  });
  return created.count;
}

const campaignData = (input: z.output<typeof createCampaignSchema> | z.output<typeof updateCampaignSchema>) => ({
  code: input.code,
  name: input.name,
  nameEn: input.nameEn,
  theme: input.theme,
  startYear: input.startYear,
  endYear: input.endYear,
  documentRef: input.documentRef,
  active: input.active,
});

/** A new campaign of the actor's province (a second, thematic one too), with its reporting periods. */
export async function createCampaign(actor: Actor, input: z.output<typeof createCampaignSchema>): Promise<{ id: number; periods: number }> {
  requireCatalogueAdmin(actor);
  try {
    return await db.$transaction(async (tx) => {
      const taken = await tx.campaign.findFirst({ where: { provinceId: actor.provinceId, code: input.code }, select: { id: true } });
      if (taken) throw fieldError('code', V('campaignCodeTaken'));
      const campaign = await tx.campaign.create({ data: { ...campaignData(input), provinceId: actor.provinceId } });
      const periods = await insertPeriods(tx, actor, campaign, input.withBaseline ? input.startYear - 1 : null);
      await audit(tx, auditActor(actor), { action: 'campaign.create', entityType: 'Campaign', entityId: campaign.id, after: { ...campaign, periods } });
      return { id: campaign.id, periods };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError('code', V('campaignCodeTaken'));
    throw error;
  }
}

/** Edits a campaign; new years get their missing periods, existing periods stay as they are. */
export async function updateCampaign(actor: Actor, input: z.output<typeof updateCampaignSchema>): Promise<{ addedPeriods: number }> {
  requireCatalogueAdmin(actor);
  try {
    return await db.$transaction(async (tx) => {
      const before = await campaignOfActor(tx, actor, input.id);
      const taken = await tx.campaign.findFirst({ where: { provinceId: actor.provinceId, code: input.code, NOT: { id: before.id } }, select: { id: true } });
      if (taken) throw fieldError('code', V('campaignCodeTaken'));
      const updated = await tx.campaign.updateMany({ where: { id: before.id, updatedAt: input.updatedAt }, data: campaignData(input) });
      if (updated.count !== 1) throw new DomainError('STALE');
      const after = await tx.campaign.findUniqueOrThrow({ where: { id: before.id } });
      const yearsChanged = after.startYear !== before.startYear || after.endYear !== before.endYear;
      const addedPeriods = yearsChanged ? await insertPeriods(tx, actor, after, null) : 0;
      const change = auditChange(before, after);
      await audit(tx, auditActor(actor), {
        action: 'campaign.update',
        entityType: 'Campaign',
        entityId: before.id,
        before: change.before,
        after: addedPeriods ? { ...change.after, addedPeriods } : change.after,
      });
      return { addedPeriods };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError('code', V('campaignCodeTaken'));
    throw error;
  }
}

type PartModel = 'milestone' | 'contestArea' | 'focusItem';
const ENTITY: Record<PartModel, string> = { milestone: 'Milestone', contestArea: 'ContestArea', focusItem: 'FocusItem' };

/**
 * Saves one part of a campaign (milestone, contest area, focus item). These rows have no version:
 * an update compares the fingerprint the form was loaded with, then changes the row only where it
 * still holds exactly what was read (compare-and-set), so two editors cannot overwrite each other.
 */
async function savePart<M extends PartModel>(
  actor: Actor,
  model: M,
  input: { campaignId: number; id?: number; fingerprint?: string },
  data: Record<string, unknown>,
  taken: (tx: Tx, campaignId: number) => Promise<boolean>,
  takenError: { field: string; key: string },
): Promise<{ id: number }> {
  requireCatalogueAdmin(actor);
  try {
    return await db.$transaction(async (tx) => {
      const campaign = await campaignOfActor(tx, actor, input.campaignId);
      if (await taken(tx, campaign.id)) throw fieldError(takenError.field, takenError.key);
      // One delegate type for the three models keeps the compare-and-set in one place.
      const table = tx[model] as unknown as {
        findFirst(args: object): Promise<Record<string, unknown> | null>;
        findUniqueOrThrow(args: object): Promise<Record<string, unknown>>;
        updateMany(args: object): Promise<{ count: number }>;
        create(args: object): Promise<Record<string, unknown>>;
      };
      let before: Record<string, unknown> | null = null;
      let id: number;
      if (input.id !== undefined) {
        before = await table.findFirst({ where: { id: input.id, campaignId: campaign.id } });
        if (!before) throw new DomainError('NOT_FOUND');
        if (input.fingerprint !== fingerprintOf(before)) throw new DomainError('STALE');
        const updated = await table.updateMany({ where: before, data });
        if (updated.count !== 1) throw new DomainError('STALE');
        id = input.id;
      } else {
        id = (await table.create({ data: { ...data, campaignId: campaign.id } })).id as number;
      }
      const after = await table.findUniqueOrThrow({ where: { id } });
      await audit(tx, auditActor(actor), {
        action: `${model}.${before ? 'update' : 'create'}`,
        entityType: ENTITY[model],
        entityId: id,
        ...auditChange(before, after),
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError(takenError.field, takenError.key);
    throw error;
  }
}

const other = (id: number | undefined) => (id !== undefined ? { NOT: { id } } : {});

export function saveMilestone(actor: Actor, input: z.output<typeof milestoneSchema>) {
  const data = { code: input.code, kind: input.kind, name: input.name, year: input.year, anchorDate: input.anchorDate ? dayToDate(input.anchorDate) : null, note: input.note };
  return savePart(
    actor,
    'milestone',
    input,
    data,
    async (tx, campaignId) => (await tx.milestone.count({ where: { campaignId, code: input.code, ...other(input.id) } })) > 0,
    { field: 'code', key: V('codeTaken') },
  );
}

export function saveContestArea(actor: Actor, input: z.output<typeof contestAreaSchema>) {
  const data = { code: input.code, name: input.name, nameEn: input.nameEn, sortOrder: input.sortOrder };
  return savePart(
    actor,
    'contestArea',
    input,
    data,
    async (tx, campaignId) => (await tx.contestArea.count({ where: { campaignId, code: input.code, ...other(input.id) } })) > 0,
    { field: 'code', key: V('codeTaken') },
  );
}

export function saveFocusItem(actor: Actor, input: z.output<typeof focusItemSchema>) {
  const data = { kind: input.kind, number: input.number, name: input.name, nameEn: input.nameEn };
  return savePart(
    actor,
    'focusItem',
    input,
    data,
    async (tx, campaignId) => (await tx.focusItem.count({ where: { campaignId, kind: input.kind, number: input.number, ...other(input.id) } })) > 0,
    { field: 'number', key: V('focusTaken') },
  );
}
