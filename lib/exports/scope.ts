import 'server-only';
/**
 * What a report covers, from its request: the campaign, the days, the span the indicator figures are
 * computed over, the year of the rankings and the periods whose reporting is counted.
 *   PERIOD   a quarter, half-year or year of the campaign (not the baseline). Figures run from the
 *            start of the year to the end of the period (a year up to a quarter, as lib/reporting/
 *            aggregate reads spans); commendations are those of the period's own days.
 *   MIDTERM  the campaign's MIDTERM_REVIEW milestone year (sơ kết, 2028); FINAL its FINAL_REVIEW
 *            (tổng kết, 2030). They cover the campaign from its first year to the review year; the
 *            figures are the latest with accepted data up to the review year (a year, or a year up
 *            to a quarter), beside each campaign year's own.
 */
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { dateToDay, vnDay } from '@/lib/clock';
import { getActiveCampaign, getPeriods, type PeriodWithWindow } from '@/lib/catalogue/queries';
import type { Span } from '@/lib/reporting/aggregate';
import type { ExportParams } from './schema';
import { movementName, periodWords } from './words';
import { reviewTitle } from '@/lib/documents';

export type ReportScope = {
  campaign: { id: number; name: string; startYear: number; endYear: number };
  province: { id: number; name: string };
  title: string;
  scopeLabel: string;
  from: string;
  to: string;
  /** the span of a PERIOD report; review reports find theirs in the data (the review year's latest quarter) */
  periodSpan: Span | null;
  year: number;
  firstYear: number;
  wholeYears: boolean;
  period: PeriodWithWindow | null;
  /** the periods whose reporting the report counts: those inside what it covers that have ended */
  periods: PeriodWithWindow[];
};

const quarterSpan = (p: { type: string; number: number }) => ({
  first: p.type === 'QUARTER' ? p.number : p.type === 'HALF_YEAR' ? 2 * p.number - 1 : 1,
  last: p.type === 'QUARTER' ? p.number : p.type === 'HALF_YEAR' ? 2 * p.number : 4,
});

/** A message key under `exports.errors`, stored on a FAILED job and shown translated. */
export const scopeError = (key: 'noCampaign' | 'periodNotFound' | 'milestoneNotFound') => new DomainError('NOT_FOUND', `exports.errors.${key}`);

export async function resolveScope(provinceId: number, params: ExportParams): Promise<ReportScope> {
  const [campaign, province] = await Promise.all([
    getActiveCampaign(provinceId),
    db.province.findUniqueOrThrow({ where: { id: provinceId }, select: { id: true, name: true } }),
  ]);
  if (!campaign) throw scopeError('noCampaign');
  const all = await getPeriods(campaign.id);
  const today = vnDay();
  const ended = (p: PeriodWithWindow) => !p.isBaseline && dateToDay(p.endDate) < today;
  const base = { campaign: { id: campaign.id, name: campaign.name, startYear: campaign.startYear, endYear: campaign.endYear }, province };
  const movement = movementName(campaign.name);

  if (params.kind === 'PERIOD') {
    const period = all.find((p) => p.id === params.periodId && !p.isBaseline);
    if (!period) throw scopeError('periodNotFound');
    const own = quarterSpan(period);
    const label = periodWords(period);
    return {
      ...base,
      title: `Kết quả thực hiện ${movement} ${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`,
      scopeLabel: label,
      from: `${period.year}-${String(own.first * 3 - 2).padStart(2, '0')}-01`,
      to: dateToDay(period.endDate),
      periodSpan: own.last === 4 ? { year: period.year } : { year: period.year, quarter: own.last as 1 | 2 | 3 },
      year: period.year,
      firstYear: period.year,
      wholeYears: period.type === 'YEAR',
      period,
      periods: all.filter((p) => {
        const q = quarterSpan(p);
        return ended(p) && p.year === period.year && q.first >= own.first && q.last <= own.last;
      }),
    };
  }

  const milestone = campaign.milestones.find((m) => m.kind === (params.kind === 'MIDTERM' ? 'MIDTERM_REVIEW' : 'FINAL_REVIEW'));
  if (!milestone) throw scopeError('milestoneNotFound');
  const year = milestone.year;
  return {
    ...base,
    title: reviewTitle(params.kind, movement, year),
    scopeLabel: `Giai đoạn ${campaign.startYear} - ${year}`,
    from: `${campaign.startYear}-01-01`,
    to: `${year}-12-31`,
    periodSpan: null,
    year,
    firstYear: campaign.startYear,
    wholeYears: true,
    period: null,
    periods: all.filter((p) => ended(p) && p.year >= campaign.startYear && p.year <= year),
  };
}
