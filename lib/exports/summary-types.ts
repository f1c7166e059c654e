/**
 * The one data object of a summary report (per period, sơ kết, tổng kết), built once from the
 * database (summary-data.ts) and rendered twice: as a workbook (render-xlsx.ts) and as a Word
 * document in the layout of Nghị định 30 (render-docx.ts). Plain data: no Decimal, no Date.
 */
import type { AttainmentStatus } from '@/lib/appraisal/attainment';
import type { ProjectionStatus } from '@/lib/dashboard/projection';
import type { Issuer } from '@/lib/documents';
import type { Span } from '@/lib/reporting/aggregate';
import type { ExportFormat, ExportKind } from './schema';

export type IndicatorLine = {
  code: string;
  name: string;
  unitLabel: string;
  /** the plan's target in words: "≥ 75 %", "tốp 30" */
  target: string;
  /** the province figure over the span, from accepted figures only */
  value: number | null;
  /** some figures do not yet cover the span (a unit missing a quarter) */
  incomplete: boolean;
  attainment: AttainmentStatus;
  /** review years: the figure of each campaign year up to the review year (null: no accepted data) */
  yearly: Array<{ year: number; value: number | null; partial: boolean }>;
  /** review years only: where the trend leads by the target year */
  projection: { status: ProjectionStatus; targetYear: number; projected: number | null } | null;
};

export type AreaBlock = { code: string; name: string; indicators: IndicatorLine[] };

export type RankingRow = {
  rank: number;
  unit: string;
  total: number;
  maxTotal: number;
  /** total ÷ maximum, in percent; null when nothing of the sheet applies */
  sharePct: number | null;
  /** proposed as the group's leading unit (đề nghị dẫn đầu) */
  leader: boolean;
  /** every scored criterion has a score */
  complete: boolean;
};

export type RankingBlock = {
  group: string;
  kind: 'BLOCK' | 'CLUSTER';
  members: number;
  /** why there is no ranking: no scoring sheet for the year, or a sheet that no longer reads */
  missing: null | 'NO_SHEET' | 'SHEET_BROKEN';
  rows: RankingRow[];
};

export type CompletenessLine = {
  periodId: number;
  label: string;
  expected: number;
  filed: number;
  accepted: number;
  late: number;
  onTime: number;
  missing: string[];
};

export type CommendationFormLine = {
  code: string;
  form: string;
  kind: 'TITLE' | 'FORM';
  collectives: number;
  individuals: number;
  /** individuals holding a leadership post (Person.isLeader) */
  leaders: number;
  /** the other individuals */
  staff: number;
};

export type DecisionLine = { number: string; date: string; title: string; lines: number };

export type SummaryData = {
  kind: ExportKind;
  format: ExportFormat;
  /** the summary under "BÁO CÁO" */
  title: string;
  /** "Quý III năm 2026", "Giai đoạn 2026 - 2028" */
  scopeLabel: string;
  /** first and last day the report covers ('YYYY-MM-DD') */
  from: string;
  to: string;
  /** what the indicator figures cover (a year up to a quarter); null when no accepted data exists */
  span: Span | null;
  /** the whole years the report covers (registry lines without a day count only then) */
  wholeYears: boolean;
  campaign: { id: number; name: string; startYear: number; endYear: number };
  province: { id: number; name: string };
  issuer: Issuer;
  /** the period's year, or the review year */
  year: number;
  /** the year of the rankings: the report's year, or for a review report the latest year up to it with a scoring sheet */
  rankingYear: number;
  /** review years: the years shown one by one (campaign start up to the review year) */
  years: number[];
  /** the day the report is dated, the signer and their title, from the request form */
  date: string;
  signer: string;
  signerTitle: string;
  areas: AreaBlock[];
  rankings: RankingBlock[];
  completeness: CompletenessLine[];
  commendations: { byForm: CommendationFormLine[]; decisions: DecisionLine[] };
};
