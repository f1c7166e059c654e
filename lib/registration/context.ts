import 'server-only';
import { db } from '@/lib/db';
import { vnDay } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import { getActiveCampaign, getElements, getIndicators } from '@/lib/catalogue/queries';
import { applies, targetKind, type TargetKind } from './rules';
import { registrationDates, registrationWindow } from './window';

export type ApplicableIndicator = {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  unitLabel: string;
  unitReading: 'FORMULA' | 'YES_NO' | 'NONE';
  comparison: string;
  targetValue: string | null;
  targetMin: string | null;
  targetMax: string | null;
  contestArea: string;
  contestAreaEn: string | null;
  kind: TargetKind;
};

/**
 * Where a unit stands for a registration year: the campaign, the unit, the indicators that apply to
 * it, the filing window today and the unit's persons. Shared by the form, the save, the submission
 * and the review, so they all judge alike.
 */
export async function registrationContext(provinceId: number, unitId: number, year: number) {
  const campaign = await getActiveCampaign(provinceId);
  if (!campaign || !Number.isInteger(year) || year < campaign.startYear || year > campaign.endYear) throw new DomainError('NOT_FOUND');
  const [unit, elements, indicators, persons] = await Promise.all([
    db.unit.findFirst({ where: { id: unitId, provinceId }, select: { id: true, name: true, kind: true, border: true } }),
    getElements(campaign.id),
    getIndicators(campaign.id),
    db.person.findMany({ where: { unitId, active: true }, select: { id: true, fullName: true, position: true } }),
  ]);
  if (!unit) throw new DomainError('NOT_FOUND');
  const collator = new Intl.Collator('vi');
  const applicable: ApplicableIndicator[] = indicators
    .filter((i) => applies(i, elements, unit))
    .map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      nameEn: i.nameEn,
      unitLabel: i.unitLabel,
      unitReading: i.unitReading,
      comparison: i.comparison,
      targetValue: i.targetValue?.toString() ?? null,
      targetMin: i.targetMin?.toString() ?? null,
      targetMax: i.targetMax?.toString() ?? null,
      contestArea: i.contestArea.name,
      contestAreaEn: i.contestArea.nameEn,
      kind: targetKind(i),
    }));
  const today = vnDay();
  return {
    campaign: { id: campaign.id, name: campaign.name, startYear: campaign.startYear, endYear: campaign.endYear },
    unit,
    year,
    today,
    window: registrationWindow(year, today),
    dates: registrationDates(year),
    indicators: applicable,
    persons: persons.sort((a, b) => collator.compare(a.fullName, b.fullName)),
  };
}

export type RegistrationContext = Awaited<ReturnType<typeof registrationContext>>;
