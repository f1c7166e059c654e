/**
 * A unit's reading of an indicator judged twice: against the target the unit registered for the
 * year (đăng ký thi đua, ACCEPTED registrations only) and against the province target of the plan.
 * Pure: the caller computes the reading from accepted reports (lib/indicators/compute) and reads
 * the targets; lib/appraisal/attainment judges.
 *
 * How a reading meets its targets depends on its kind (DESIGN.md, "Province indicators and unit readings"):
 *   FORMULA  the unit's own rate or amount, judged with the indicator's comparison kind against both
 *            targets (a commune's poverty reduction against "trên 3%/năm").
 *   YES_NO   for "share of communes that …" indicators the unit reading is whether the unit itself
 *            is one (the formula gives 100 or 0 over one unit; shown as 1 / 0). The registered target
 *            is yes (1) or no (0): a unit that registered "yes" must be one (value ≥ 1); one that
 *            registered "no" did not commit, so any value meets it. Against the province target
 *            (a share) the unit counts when it is one: BOOLEAN_DONE.
 */
import type { Comparison } from '@/lib/generated/prisma/enums';
import { assessAttainment, type AttainmentResult, type AttainmentTarget, type AttainmentStatus, type YearValue } from './attainment';

export type ReadingIndicator = {
  id: number;
  code: string;
  comparison: Comparison;
  unitReading: 'FORMULA' | 'YES_NO';
  /** the plan's (province) target */
  target: AttainmentTarget;
};

export type Reading = {
  /** the formula's value over the unit's own accepted figures; null when it cannot be computed */
  value: number | null;
  /** some figures do not cover the span yet */
  incomplete: boolean;
  /** REDUCE_BY_AT_LEAST_PER_YEAR: the reading of each campaign year up to the span's */
  yearly?: readonly YearValue[];
};

export type ReadingAttainment = {
  indicatorId: number;
  code: string;
  /** the value shown and judged: the formula's value, or 1 / 0 for a yes/no reading */
  value: number | null;
  incomplete: boolean;
  /** the unit's registered target; null when the unit has no accepted target for the indicator */
  ownTarget: AttainmentTarget | null;
  /** against the registered target; null without one */
  own: AttainmentResult | null;
  /** against the province target */
  province: AttainmentResult;
};

const fromYesNo = (v: number | null) => (v === null ? null : v > 0 ? 1 : 0);

function hasTarget(t: AttainmentTarget | null | undefined): t is AttainmentTarget {
  return Boolean(t) && [t!.value, t!.min, t!.max].some((v) => v !== null && v !== undefined);
}

/** One indicator of one unit, judged against the registered and the province target. */
export function judgeReading(indicator: ReadingIndicator, reading: Reading, registered: AttainmentTarget | null): ReadingAttainment {
  const ownTarget = hasTarget(registered) ? registered : null;
  if (indicator.unitReading === 'YES_NO') {
    const value = fromYesNo(reading.value);
    return {
      indicatorId: indicator.id,
      code: indicator.code,
      value,
      incomplete: reading.incomplete,
      ownTarget,
      own: ownTarget ? assessAttainment({ comparison: 'AT_LEAST', value, target: { value: fromYesNo(ownTarget.value ?? null) } }) : null,
      province: assessAttainment({ comparison: 'BOOLEAN_DONE', value, target: {} }),
    };
  }
  const judge = (target: AttainmentTarget) =>
    assessAttainment({ comparison: indicator.comparison, value: reading.value, target, ...(reading.yearly ? { yearly: reading.yearly } : {}) });
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    value: reading.value,
    incomplete: reading.incomplete,
    ownTarget,
    own: ownTarget ? judge(ownTarget) : null,
    province: judge(indicator.target),
  };
}

/**
 * The attainment a block or cluster scores (lib/appraisal/ranking, ATTAINMENT criteria): against the
 * unit's registered target when it has one, else against the province target, which every unit of
 * the plan works towards (docs/decisions/008-attainment-ranking-and-models.md).
 */
export function scoredStatus(row: Pick<ReadingAttainment, 'own' | 'province'>): AttainmentStatus {
  return (row.own ?? row.province).status;
}
