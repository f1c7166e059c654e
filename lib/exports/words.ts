/**
 * The Vietnamese words of the exported reports. An official report is written in Vietnamese whatever
 * the reader's interface language (Nghị định 30), so these live here rather than in the catalogue,
 * as in lib/documents. Pure.
 */
import { unitLabelVi } from '@/lib/catalogue/unit-labels';
import { roman } from '@/lib/documents/format';
import type { AttainmentStatus } from '@/lib/appraisal/attainment';
import type { ProjectionStatus } from '@/lib/dashboard/projection';
import type { Issuer } from '@/lib/documents';
import type { ExportFormat, ExportKind } from './schema';

type PeriodLike = { type: 'QUARTER' | 'HALF_YEAR' | 'YEAR'; year: number; number: number };

/** "Quý III năm 2026", "6 tháng đầu năm 2026", "Năm 2026", as reports name their period. */
export function periodWords(p: PeriodLike): string {
  if (p.type === 'QUARTER') return `Quý ${roman(p.number)} năm ${p.year}`;
  if (p.type === 'HALF_YEAR') return `6 tháng ${p.number === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
  return `Năm ${p.year}`;
}

/** "Quý III/2026", shorter, for table rows. */
export function periodShort(p: PeriodLike): string {
  if (p.type === 'QUARTER') return `Quý ${roman(p.number)}/${p.year}`;
  if (p.type === 'HALF_YEAR') return `6 tháng ${p.number === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
  return `Năm ${p.year}`;
}

export const ATTAINMENT_WORDS: Record<AttainmentStatus, string> = {
  ATTAINED: 'Đạt',
  NOT_ATTAINED: 'Chưa đạt',
  NO_DATA: 'Chưa có số liệu',
};

/** The same calls as the dashboard's (dashboard.projection.status in the vi catalogue). */
export const PROJECTION_WORDS: Record<ProjectionStatus, string> = {
  ON_TRACK: 'Đúng hướng',
  AT_RISK: 'Có nguy cơ',
  OFF_TRACK: 'Chệch hướng',
  INSUFFICIENT_HISTORY: 'Chưa đủ số liệu',
};

/** Units of measure in Vietnamese, whatever the database was seeded with (lib/catalogue/unit-labels.ts). */
export const unitWords = unitLabelVi;

export const GROUP_WORDS = { BLOCK: 'Khối thi đua', CLUSTER: 'Cụm thi đua' } as const;

/** "phong trào thi đua “…”" from the plan's title "Kế hoạch phát động phong trào thi đua “…”". */
export function movementName(campaignName: string): string {
  return campaignName.replace(/^\s*Kế hoạch phát động\s+/iu, '').trim();
}

/** The province's People's Committee as issuer: "ỦY BAN NHÂN DÂN" / "TỈNH CAO BẰNG", place "Cao Bằng". */
export function provinceIssuer(provinceName: string): Issuer {
  const place = provinceName.replace(/^\s*(Tỉnh|Thành phố)\s+/iu, '').trim();
  return { name: ['ỦY BAN NHÂN DÂN', provinceName.trim().toLocaleUpperCase('vi')], place };
}

const ASCII: Record<string, string> = { đ: 'd', Đ: 'd' };

/** "Quý 3 năm 2026" -> "quy-3-nam-2026": file names every system accepts. */
export function slug(text: string): string {
  return text
    .replace(/[đĐ]/g, (c) => ASCII[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "bao-cao-so-ket-2028.docx", "bao-cao-quy-3-2026.xlsx". */
export function exportFileName(kind: ExportKind, format: ExportFormat, scope: { year: number; period?: PeriodLike | null }): string {
  let stem: string;
  if (kind === 'MIDTERM') stem = `bao-cao-so-ket-${scope.year}`;
  else if (kind === 'FINAL') stem = `bao-cao-tong-ket-${scope.year}`;
  else if (scope.period?.type === 'QUARTER') stem = `bao-cao-quy-${scope.period.number}-${scope.period.year}`;
  else if (scope.period?.type === 'HALF_YEAR') stem = `bao-cao-${slug(periodWords(scope.period))}`;
  else stem = `bao-cao-nam-${scope.year}`;
  return `${stem}.${format}`;
}
