import { describe, expect, it } from 'vitest';
import { heatCell, heatmapHref, parseHeatmapFilters, sortHeatmapRows, sortToggle, type HeatCell } from '@/lib/dashboard/heatmap-rules';
import { assessAttainment } from '@/lib/appraisal/attainment';

describe('heat map filters in the address', () => {
  it('reads what it understands and ignores the rest', () => {
    expect(parseHeatmapFilters({ year: '2027', group: '5', border: '1', area: '3', sort: '12', dir: 'desc' })).toEqual({ year: 2027, groupId: 5, border: true, areaId: 3, sort: 12, dir: 'desc' });
    expect(parseHeatmapFilters({ year: 'x', group: '-1', border: 'yes', area: ['4', '5'], sort: 'drop table', dir: 'up' })).toEqual({ year: null, groupId: null, border: false, areaId: 4, sort: 'name', dir: 'asc' });
  });

  it('writes an address that reads back the same, defaults left out', () => {
    const filters = parseHeatmapFilters({ year: '2026', group: '2', border: '1', sort: '7', dir: 'desc' });
    const href = heatmapHref(filters);
    expect(href).toBe('/dashboard/heatmap?year=2026&group=2&border=1&sort=7&dir=desc');
    expect(parseHeatmapFilters(Object.fromEntries(new URL(href, 'http://x').searchParams))).toEqual(filters);
    expect(heatmapHref(parseHeatmapFilters({}))).toBe('/dashboard/heatmap');
  });

  it('sorts a column ascending first, then flips it', () => {
    const base = parseHeatmapFilters({});
    const once = sortToggle(base, 9);
    expect(once).toMatchObject({ sort: 9, dir: 'asc' });
    expect(sortToggle(once, 9)).toMatchObject({ sort: 9, dir: 'desc' });
    expect(sortToggle(sortToggle(once, 9), 3)).toMatchObject({ sort: 3, dir: 'asc' });
  });
});

describe('heat map cells and order', () => {
  const judged = (value: number | null, own: number | null) => ({
    value,
    incomplete: false,
    own: own === null ? null : assessAttainment({ comparison: 'AT_LEAST', value, target: { value: own } }),
    province: assessAttainment({ comparison: 'AT_LEAST', value, target: { value: 90 } }),
  });

  it('colours against the registered target when there is one, else the province target', () => {
    expect(heatCell(judged(50, 40))).toMatchObject({ against: 'own', colour: 'good' });
    expect(heatCell(judged(85, null))).toMatchObject({ against: 'province', colour: 'warn' });
    expect(heatCell(judged(30, null))).toMatchObject({ against: 'province', colour: 'bad' });
    expect(heatCell(judged(null, 40))).toMatchObject({ against: 'own', colour: 'none' });
  });

  it('orders by Vietnamese name, or by a reading with the units without one last', () => {
    const cell = (value: number | null): HeatCell => heatCell(judged(value, null));
    const rows = [
      { name: 'Xã Đức Long', cells: new Map([[1, cell(55)]]) },
      { name: 'Xã Cốc Pàng', cells: new Map([[1, cell(92)]]) },
      { name: 'Sở Y tế', cells: new Map([[1, null]]) },
      { name: 'Xã Bảo Lâm', cells: new Map([[1, cell(55)]]) },
      { name: 'Xã Dân Chủ', cells: new Map([[1, cell(null)]]) },
    ];
    expect(sortHeatmapRows(rows, 'name', 'asc').map((r) => r.name)).toEqual(['Sở Y tế', 'Xã Bảo Lâm', 'Xã Cốc Pàng', 'Xã Dân Chủ', 'Xã Đức Long']);
    expect(sortHeatmapRows(rows, 'name', 'desc').map((r) => r.name)[0]).toBe('Xã Đức Long');
    expect(sortHeatmapRows(rows, 1, 'desc').map((r) => r.name)).toEqual(['Xã Cốc Pàng', 'Xã Bảo Lâm', 'Xã Đức Long', 'Sở Y tế', 'Xã Dân Chủ']);
    expect(sortHeatmapRows(rows, 1, 'asc').map((r) => r.name)).toEqual(['Xã Bảo Lâm', 'Xã Đức Long', 'Xã Cốc Pàng', 'Sở Y tế', 'Xã Dân Chủ']);
  });
});
