/**
 * The heat map's filters and order, read from the address (so a filtered, sorted view can be linked
 * and works without JavaScript). Pure.
 */
import { attainmentColour, type AttainmentColour, type AttainmentResult } from '@/lib/appraisal/attainment';

export type HeatmapFilters = {
  year: number | null;
  /** a block (khối) or cluster (cụm) */
  groupId: number | null;
  /** only border communes */
  border: boolean;
  /** only the indicators of one contest area */
  areaId: number | null;
  /** 'name', or an indicator id to sort by its readings */
  sort: 'name' | number;
  dir: 'asc' | 'desc';
};

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const id = (v: string | string[] | undefined) => {
  const s = one(v);
  return s && /^\d{1,9}$/.test(s) ? Number(s) : null;
};

export function parseHeatmapFilters(params: Params): HeatmapFilters {
  const year = id(params.year);
  const sort = one(params.sort);
  return {
    year: year !== null && year >= 2000 && year <= 2100 ? year : null,
    groupId: id(params.group),
    border: one(params.border) === '1',
    areaId: id(params.area),
    sort: sort && /^\d{1,9}$/.test(sort) ? Number(sort) : 'name',
    dir: one(params.dir) === 'desc' ? 'desc' : 'asc',
  };
}

/** The address of the heat map with these filters (defaults left out). */
export function heatmapHref(filters: HeatmapFilters): string {
  const params = new URLSearchParams();
  if (filters.year !== null) params.set('year', String(filters.year));
  if (filters.groupId !== null) params.set('group', String(filters.groupId));
  if (filters.border) params.set('border', '1');
  if (filters.areaId !== null) params.set('area', String(filters.areaId));
  if (filters.sort !== 'name') params.set('sort', String(filters.sort));
  if (filters.dir === 'desc') params.set('dir', 'desc');
  const query = params.toString();
  return query ? `/dashboard/heatmap?${query}` : '/dashboard/heatmap';
}

/** Clicking a column: sort by it ascending, or flip the direction when it is already the sort. */
export function sortToggle(filters: HeatmapFilters, sort: 'name' | number): HeatmapFilters {
  const dir = filters.sort === sort && filters.dir === 'asc' ? 'desc' : 'asc';
  return { ...filters, sort, dir };
}

export type HeatCell = {
  value: number | null;
  incomplete: boolean;
  /** the verdict the colour shows: against the unit's registered target, else the province's */
  against: 'own' | 'province';
  result: Pick<AttainmentResult, 'status' | 'progress'>;
  colour: AttainmentColour;
};

/** The cell of a judged reading: the unit's own target when it registered one, else the province target. */
export function heatCell(row: { value: number | null; incomplete: boolean; own: AttainmentResult | null; province: AttainmentResult }): HeatCell {
  const against = row.own ? 'own' : 'province';
  const result = row.own ?? row.province;
  return { value: row.value, incomplete: row.incomplete, against, result, colour: attainmentColour(result) };
}

const collator = new Intl.Collator('vi');

/**
 * Rows in Vietnamese name order, or by one indicator's reading (units without a reading, or to
 * which it does not apply, last whatever the direction), ties by name.
 */
export function sortHeatmapRows<R extends { name: string; cells: ReadonlyMap<number, HeatCell | null> }>(rows: readonly R[], sort: 'name' | number, dir: 'asc' | 'desc'): R[] {
  const sign = dir === 'desc' ? -1 : 1;
  const byName = (a: R, b: R) => collator.compare(a.name, b.name);
  if (sort === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  const valueOf = (r: R) => r.cells.get(sort)?.value ?? null;
  return [...rows].sort((a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return va === vb ? byName(a, b) : sign * (va - vb);
  });
}
