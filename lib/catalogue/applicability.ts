/**
 * Which units report which data elements (seed/indicator-reporting.json, "unit_groups").
 */
import type { ReporterGroup, UnitKind, PeriodType } from '@/lib/generated/prisma/enums';

export type ElementReach = { reporterGroups: readonly ReporterGroup[]; ownerUnitId: number | null; periodTypes: readonly PeriodType[] };
export type UnitFacts = { id: number; kind: UnitKind; border: boolean | null };

const DEPARTMENT_KINDS: readonly UnitKind[] = ['DEPARTMENT', 'MANAGEMENT_BOARD', 'PROVINCIAL_AGENCY'];

export function inReporterGroup(group: ReporterGroup, unit: UnitFacts, ownerUnitId: number | null): boolean {
  switch (group) {
    case 'COMMUNES_WARDS':
      return unit.kind === 'COMMUNE' || unit.kind === 'WARD';
    case 'COMMUNES':
      return unit.kind === 'COMMUNE';
    case 'BORDER_COMMUNES':
      return unit.kind === 'COMMUNE' && unit.border === true;
    case 'DEPARTMENTS':
      return DEPARTMENT_KINDS.includes(unit.kind);
    case 'OWNER':
      return ownerUnitId === unit.id;
  }
}

/** Does the unit report this element (in any period type)? */
export function unitReportsElement(element: ElementReach, unit: UnitFacts): boolean {
  return element.reporterGroups.some((g) => inReporterGroup(g, unit, element.ownerUnitId));
}

/** Does the unit report this element in a period of this type? */
export function unitReportsElementIn(element: ElementReach, unit: UnitFacts, periodType: PeriodType): boolean {
  return element.periodTypes.includes(periodType) && unitReportsElement(element, unit);
}

/** Units whose kind may belong to an emulation block (departments) or cluster (communes, wards). */
export function isCommuneLevel(kind: UnitKind): boolean {
  return kind === 'COMMUNE' || kind === 'WARD';
}
