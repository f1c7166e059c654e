import 'server-only';
import { prepared, type Db, type Tx } from '@/lib/db';
import { Prisma, type DataElement, type ReportingPeriod, type Unit } from '@/lib/generated/prisma/client';
import { dateToDay, vnDay } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { unitReportsElementIn } from '@/lib/catalogue/applicability';
import { periodWindow, type PeriodWindow } from './periods';

const elementsByCampaign = new Map<string, { stamp: string; elements: Promise<DataElement[]> }>();

/**
 * A campaign's active elements, read again whenever the catalogue's stamp (count, newest id, sum of
 * versions, last change: any creation, edit or removal moves it) differs from the one they were read
 * at: never stale, and the autosave does not re-read a hundred rows it already has.
 */
function campaignElements(client: Db | Tx, campaignId: number, stamp: string): Promise<DataElement[]> {
  const key = `${process.env.DATABASE_URL}#${campaignId}`;
  const known = elementsByCampaign.get(key);
  if (known?.stamp === stamp) return known.elements;
  const elements = Promise.resolve(client.dataElement.findMany({ where: { campaignId, active: true }, orderBy: { sortOrder: 'asc' } }));
  const entry = { stamp, elements };
  elementsByCampaign.set(key, entry);
  // a failed read is not kept
  elements.catch(() => elementsByCampaign.get(key) === entry && elementsByCampaign.delete(key));
  return elements;
}

/**
 * Where a unit stands in a period: the period (of the unit's province), its window today counting
 * any reopening for this unit, and the elements the unit reports in it. Shared by the form, the
 * draft save, the submission and the Excel round trip, so they all judge alike.
 */
export async function reportingContext(client: Db | Tx, unitId: number, periodId: number, provinceId: number) {
  const today = vnDay();
  // One query for the unit, the period and the unit's latest reopening still running: the autosave runs this.
  const [row] = await prepared<ReportingPeriod & { unit: Pick<Unit, 'id' | 'name' | 'kind' | 'border' | 'provinceId'>; reopenedUntil: Date | null; catalogueStamp: string }>(
    Prisma.sql`
    SELECT p.id, p."campaignId", p.type::text AS type, p.year, p.number, p."startDate", p."endDate", p."dueDate", p."expiryDate",
           p."isBaseline", p."createdAt", p."updatedAt",
           json_build_object('id', u.id, 'name', u.name, 'kind', u.kind, 'border', u.border, 'provinceId', u."provinceId") AS unit,
           (SELECT concat_ws('/', count(*), max(e.id), sum(e.version), max(e."updatedAt"))
              FROM "DataElement" e WHERE e."campaignId" = p."campaignId") AS "catalogueStamp",
           (SELECT max(r."untilDate") FROM "PeriodReopening" r
             WHERE r."periodId" = p.id AND r."unitId" = u.id AND r."untilDate" >= ${today}::date) AS "reopenedUntil"
    FROM "ReportingPeriod" p
    JOIN "Campaign" c ON c.id = p."campaignId" AND c."provinceId" = ${provinceId}
    JOIN "Unit" u ON u.id = ${unitId} AND u."provinceId" = ${provinceId}
    WHERE p.id = ${periodId}`,
    client,
  );
  if (!row) throw new DomainError('NOT_FOUND');
  const { unit, reopenedUntil: reopenedDate, catalogueStamp, ...period } = row;
  const reopenedUntil = reopenedDate ? dateToDay(reopenedDate) : null;
  const window: PeriodWindow = periodWindow(
    { endDate: dateToDay(period.endDate), dueDate: dateToDay(period.dueDate), expiryDate: dateToDay(period.expiryDate) },
    today,
    reopenedUntil,
  );
  const elements = (await campaignElements(client, period.campaignId, catalogueStamp)).filter((e) => unitReportsElementIn(e, unit, period.type));
  return { unit, period, window, reopenedUntil, today, elements };
}

export type ReportingContext = Awaited<ReturnType<typeof reportingContext>>;

/** Refuses a change to a period that is not open for the unit, saying why. */
export function assertPeriodOpen(window: PeriodWindow): void {
  if (window === 'CLOSED') throw new DomainError('PERIOD_CLOSED');
  if (window === 'NOT_OPEN') throw new DomainError('PERIOD_NOT_OPEN');
}
