/**
 * The province, its units, emulation groups, the 2026–2030 campaign and its catalogue, from the
 * files in prisma/seed/data (copies of the plan's seed). Every insert skips what already exists
 * (by natural key), so re-running never overwrites what an administrator changed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type {
  Comparison,
  OverTime,
  PeriodType,
  ReporterGroup,
  UnitKind,
  UnitReading,
  ValueType,
} from '@/lib/generated/prisma/enums';
import { parseFormula, formulaElements } from '@/lib/catalogue/formula';
import { campaignPeriods } from '@/lib/reporting/periods';
import { SETTINGS } from '@/lib/settings/defaults';
import { dayToDate } from '@/lib/clock';
import { unitLabelVi } from '@/lib/catalogue/unit-labels';
import { DEMO_BLOCKS, clustersOf } from './groups';
import { INDICATOR_FORMULAS, ELEMENT_RULES } from './formulas';

const DATA_DIR = path.join(process.cwd(), 'prisma', 'seed', 'data');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;

type UnitsFile = {
  units: Array<{
    name_vi: string;
    short_name_vi?: string;
    name_en?: string;
    kind: string;
    admin_code?: string;
    border: boolean | null;
    border_source?: string;
    note?: string;
  }>;
};

type IndicatorsFile = {
  document: { title_vi: string; title_en: string; motto_vi: string; based_on: Array<{ ref: string }> };
  timeline: {
    campaign_start_year: number;
    campaign_end_year: number;
    milestones: Array<{ id: string; kind_vi: string; year: number; anchor_date: string | null; anchor_date_note?: string; source_text: string; tied_to_en: string }>;
  };
  contest_areas: Array<{ id: string; vi: string; en: string }>;
  pillars: Array<{ n: number; vi: string; en: string }>;
  key_programmes: Array<{ n: number; vi: string; en: string }>;
  breakthroughs: Array<{ n: number; vi: string; en: string }>;
  indicators: Array<{
    code: string;
    area: string;
    name_vi: string;
    name_en: string;
    unit: string;
    comparison: string;
    target: Record<string, number>;
    horizon: string;
    horizon_basis?: string;
    source_text: string;
    notes?: string[];
    interpretation?: string;
  }>;
};

type ReportingFile = {
  providers_to_add: Array<{ name_vi: string; name_en: string; why: string }>;
  indicators: Array<{
    code: string;
    reported_by: string | string[] | { owner: string };
    elements: Array<{ code: string; name_vi: string; unit: string; over_time: string }>;
    province_value: string;
    period: string;
    baseline_year?: number;
  }>;
};

export const PROVINCE = { code: '04', name: 'Tỉnh Cao Bằng', nameEn: 'Cao Bằng province' };
export const CAMPAIGN_CODE = 'TD-2026-2030';

const UNIT_KINDS: Record<string, UnitKind> = {
  commune: 'COMMUNE',
  ward: 'WARD',
  department: 'DEPARTMENT',
  management_board: 'MANAGEMENT_BOARD',
  council: 'COUNCIL',
  front_committee: 'FRONT_COMMITTEE',
  provincial_media: 'PROVINCIAL_MEDIA',
  provincial_portal: 'PROVINCIAL_PORTAL',
};

// The providers the reporting reading adds (police, statistics, the Party's organisation board).
const PROVIDER_KINDS: Record<string, UnitKind> = {
  'Công an tỉnh': 'PROVINCIAL_AGENCY',
  'Thống kê tỉnh Cao Bằng': 'PROVINCIAL_AGENCY',
  'Ban Tổ chức Tỉnh ủy': 'PARTY_BOARD',
};

const REPORTER_GROUPS: Record<string, ReporterGroup> = {
  communes_wards: 'COMMUNES_WARDS',
  communes: 'COMMUNES',
  border_communes: 'BORDER_COMMUNES',
  departments: 'DEPARTMENTS',
};

function periodTypesOf(period: string): PeriodType[] {
  if (period === 'year') return ['YEAR'];
  if (period === 'quarter') return ['QUARTER'];
  return ['QUARTER', 'YEAR'];
}

function valueTypeOf(code: string, unit: string): ValueType {
  if (unit === 'có/không') return 'YES_NO';
  if (unit.startsWith('hạng')) return 'RANK';
  if (unit === '%') return code === 'GRDP_GROWTH_PCT' ? 'NUMBER' : 'PERCENT';
  if (unit === 'tỷ đồng' || code === 'CB_HPI_SCORE') return 'NUMBER';
  return 'INTEGER';
}

export async function seedCatalogue(tx: Tx, log: (line: string) => void) {
  const unitsFile = readJson<UnitsFile>('units.json');
  const plan = readJson<IndicatorsFile>('indicators.json');
  const reporting = readJson<ReportingFile>('indicator-reporting.json');

  const province = await tx.province.upsert({ where: { code: PROVINCE.code }, update: {}, create: PROVINCE });

  // Settings: defaults only where missing.
  await tx.setting.createMany({
    data: Object.entries(SETTINGS).map(([key, s]) => ({ provinceId: province.id, key, value: s.default })),
    skipDuplicates: true,
  });
  const settingRows = await tx.setting.findMany({ where: { provinceId: province.id } });
  const setting = (key: keyof typeof SETTINGS) => Number(settingRows.find((s) => s.key === key)?.value);

  // Emulation groups (demo grouping, documented in docs/decisions/002-demo-emulation-groups.md).
  const communeLevel = unitsFile.units.filter((u) => u.kind === 'commune' || u.kind === 'ward');
  const clusters = clustersOf(communeLevel.map((u) => u.name_vi));
  await tx.emulationGroup.createMany({
    data: [
      ...DEMO_BLOCKS.map((b) => ({ provinceId: province.id, kind: 'BLOCK' as const, code: b.code, name: b.name })),
      ...clusters.map((c) => ({ provinceId: province.id, kind: 'CLUSTER' as const, code: c.code, name: c.name })),
    ],
    skipDuplicates: true,
  });
  const groups = await tx.emulationGroup.findMany({ where: { provinceId: province.id } });
  const groupOf = new Map<string, number>();
  for (const b of DEMO_BLOCKS) for (const member of b.members) groupOf.set(member, groups.find((g) => g.code === b.code)!.id);
  for (const c of clusters) for (const member of c.members) groupOf.set(member, groups.find((g) => g.code === c.code)!.id);

  // Units: the seed's units, then the providers the reporting reading names.
  const unitRows = [
    ...unitsFile.units.map((u) => ({
      provinceId: province.id,
      kind: UNIT_KINDS[u.kind] ?? 'DEPARTMENT',
      name: u.name_vi,
      shortName: u.short_name_vi ?? null,
      nameEn: u.name_en ?? null,
      adminCode: u.admin_code ?? null,
      border: u.border,
      borderSource: u.border_source ?? null,
      note: u.note ?? null,
      groupId: groupOf.get(u.name_vi) ?? null,
    })),
    ...reporting.providers_to_add.map((p) => ({
      provinceId: province.id,
      kind: PROVIDER_KINDS[p.name_vi] ?? 'PROVINCIAL_AGENCY',
      name: p.name_vi,
      shortName: null,
      nameEn: p.name_en,
      adminCode: null,
      border: null,
      borderSource: null,
      note: p.why,
      groupId: groupOf.get(p.name_vi) ?? null,
    })),
  ];
  const insertedUnits = await tx.unit.createMany({ data: unitRows, skipDuplicates: true });
  const units = await tx.unit.findMany({ where: { provinceId: province.id }, select: { id: true, name: true } });
  const unitId = (name: string) => {
    const unit = units.find((u) => u.name === name);
    if (!unit) throw new Error(`seed: no unit named ${name}`);
    return unit.id;
  };

  // Campaign, milestones, contest areas, pillars / programmes / breakthroughs.
  const { timeline } = plan;
  const campaign = await tx.campaign.upsert({
    where: { provinceId_code: { provinceId: province.id, code: CAMPAIGN_CODE } },
    update: {},
    create: {
      provinceId: province.id,
      code: CAMPAIGN_CODE,
      name: plan.document.title_vi,
      nameEn: plan.document.title_en,
      theme: plan.document.motto_vi,
      startYear: timeline.campaign_start_year,
      endYear: timeline.campaign_end_year,
      documentRef: plan.document.based_on.map((b) => b.ref).join('; '),
    },
  });
  await tx.milestone.createMany({
    data: timeline.milestones.map((m) => ({
      campaignId: campaign.id,
      code: m.id,
      kind: m.id === 'MIDTERM-REVIEW' ? ('MIDTERM_REVIEW' as const) : m.id === 'FINAL-REVIEW' ? ('FINAL_REVIEW' as const) : ('OTHER' as const),
      name: `${m.kind_vi[0].toUpperCase()}${m.kind_vi.slice(1)} năm ${m.year}`,
      year: m.year,
      anchorDate: m.anchor_date ? dayToDate(m.anchor_date) : null,
      note: m.anchor_date_note ?? m.tied_to_en,
      sourceText: m.source_text,
    })),
    skipDuplicates: true,
  });
  await tx.contestArea.createMany({
    data: plan.contest_areas.map((a, i) => ({ campaignId: campaign.id, code: a.id, name: a.vi, nameEn: a.en, sortOrder: i + 1 })),
    skipDuplicates: true,
  });
  await tx.focusItem.createMany({
    data: [
      ...plan.pillars.map((p) => ({ kind: 'PILLAR' as const, ...p })),
      ...plan.key_programmes.map((p) => ({ kind: 'KEY_PROGRAMME' as const, ...p })),
      ...plan.breakthroughs.map((p) => ({ kind: 'BREAKTHROUGH' as const, ...p })),
    ].map((f) => ({ campaignId: campaign.id, kind: f.kind, number: f.n, name: f.vi, nameEn: f.en })),
    skipDuplicates: true,
  });
  const areas = await tx.contestArea.findMany({ where: { campaignId: campaign.id } });

  // Data elements, in the order the reporting reading names them.
  const elementRows = new Map<string, Prisma.DataElementCreateManyInput>();
  let order = 0;
  for (const entry of reporting.indicators) {
    const owner = typeof entry.reported_by === 'object' && !Array.isArray(entry.reported_by) ? entry.reported_by.owner : null;
    const groups: ReporterGroup[] = owner
      ? ['OWNER']
      : (Array.isArray(entry.reported_by) ? entry.reported_by : [entry.reported_by as string]).map((g) => REPORTER_GROUPS[g]);
    for (const e of entry.elements) {
      if (elementRows.has(e.code)) continue;
      const valueType = valueTypeOf(e.code, e.unit);
      const rule = ELEMENT_RULES[e.code] ?? {};
      elementRows.set(e.code, {
        campaignId: campaign.id,
        code: e.code,
        name: e.name_vi,
        unitLabel: e.unit,
        valueType,
        overTime: e.over_time.toUpperCase() as OverTime,
        periodTypes: periodTypesOf(entry.period),
        reporterGroups: groups,
        ownerUnitId: owner ? unitId(owner) : null,
        minValue: rule.min ?? (valueType === 'RANK' ? 1 : valueType === 'NUMBER' && e.code === 'GRDP_GROWTH_PCT' ? -100 : 0),
        maxValue: rule.max ?? (valueType === 'PERCENT' ? 100 : valueType === 'RANK' ? 34 : valueType === 'YES_NO' ? 1 : null),
        evidenceRequired: rule.evidence ?? false,
        sortOrder: ++order,
      });
    }
  }
  await tx.dataElement.createMany({ data: [...elementRows.values()], skipDuplicates: true });
  const elements = await tx.dataElement.findMany({ where: { campaignId: campaign.id } });
  const elementId = (code: string) => elements.find((e) => e.code === code)!.id;
  for (const [code, rule] of Object.entries(ELEMENT_RULES)) {
    if (!rule.partOf) continue;
    // Only fills the link where it is still empty: an administrator's choice stays.
    await tx.dataElement.updateMany({
      where: { campaignId: campaign.id, code, totalElementId: null, version: 1 },
      data: { totalElementId: elementId(rule.partOf) },
    });
  }

  // Indicators with their formulas and the elements those read.
  const knownElements = new Set(elements.map((e) => e.code));
  const reportingByCode = new Map(reporting.indicators.map((r) => [r.code, r]));
  const indicatorRows = plan.indicators.map((ind, i) => {
    const { formula, unitReading } = INDICATOR_FORMULAS[ind.code];
    parseFormula(formula, { knownElements }); // a seed formula that does not parse is a bug: fail loudly
    const { value, min, max, ...detail } = ind.target;
    const byYear = ind.horizon.startsWith('by ');
    return {
      campaignId: campaign.id,
      contestAreaId: areas.find((a) => a.code === ind.area)!.id,
      code: ind.code,
      name: ind.name_vi,
      nameEn: ind.name_en,
      unitLabel: unitLabelVi(ind.unit),
      comparison: ind.comparison.toUpperCase() as Comparison,
      targetValue: value ?? null,
      targetMin: min ?? null,
      targetMax: max ?? null,
      targetDetail: Object.keys(detail).length ? detail : undefined,
      horizon: byYear ? ('BY_YEAR' as const) : ('ANNUAL' as const),
      horizonYear: byYear ? Number(ind.horizon.slice(3)) : null,
      horizonBasis: ind.horizon_basis ?? null,
      baselineYear: reportingByCode.get(ind.code)?.baseline_year ?? timeline.campaign_start_year - 1,
      sourceText: ind.source_text,
      notes: ind.notes ?? [],
      interpretation: ind.interpretation ?? null,
      formula,
      unitReading: unitReading as UnitReading,
      formulaNote: reportingByCode.get(ind.code)?.province_value ?? null,
      sortOrder: i + 1,
    };
  });
  await tx.indicator.createMany({ data: indicatorRows, skipDuplicates: true });
  const indicators = await tx.indicator.findMany({ where: { campaignId: campaign.id }, select: { id: true, formula: true } });
  await tx.indicatorElement.createMany({
    data: indicators.flatMap((ind) =>
      formulaElements(parseFormula(ind.formula)).filter((c) => knownElements.has(c)).map((code) => ({ indicatorId: ind.id, elementId: elementId(code) })),
    ),
    skipDuplicates: true,
  });

  // Reporting periods: the baseline year 2025, then quarters and years of the campaign.
  const periods = campaignPeriods(timeline.campaign_start_year, timeline.campaign_end_year, timeline.campaign_start_year - 1, {
    dueDay: setting('reporting.dueDay'),
    expiryDays: setting('reporting.expiryDays'),
  });
  await tx.reportingPeriod.createMany({
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
    skipDuplicates: true,
  });

  log(`catalogue: ${units.length} units (${insertedUnits.count} new), ${elements.length} elements, ${indicators.length} indicators, ${periods.length} periods`);
  return { province, campaign };
}
