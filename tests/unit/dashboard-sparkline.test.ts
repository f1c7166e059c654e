import { describe, expect, it } from 'vitest';
import { sparkGeometry } from '@/lib/dashboard/sparkline-geometry';

const box = { width: 100, height: 50, pad: 5 };

describe('sparkline geometry', () => {
  it('spreads the years across the box and puts higher values higher', () => {
    const g = sparkGeometry({ ...box, points: [{ year: 2025, value: 10, projected: null }, { year: 2026, value: 20, projected: null }, { year: 2027, value: 15, projected: null }] })!;
    expect(g.dots.map((d) => d.x)).toEqual([5, 50, 95]);
    expect(g.dots[1].y).toBe(5); // the highest at the top
    expect(g.dots[0].y).toBe(45); // the lowest at the bottom
    expect(g.actual).toBe('M5 45 L50 5 L95 25');
    expect(g.projected).toBe('');
  });

  it('keeps the target and the projection in view, and marks the open year', () => {
    const g = sparkGeometry({
      ...box,
      points: [
        { year: 2025, value: 50, projected: 50 },
        { year: 2026, value: 60, projected: 60, partial: true },
        { year: 2030, value: null, projected: 100 },
      ],
      target: { value: 90 },
    })!;
    expect(g.targetLine).toBeGreaterThanOrEqual(5);
    expect(g.targetLine).toBeLessThan(g.dots[1].y);
    expect(g.projected.startsWith('M5 45')).toBe(true);
    expect(g.projected.endsWith('L95 5')).toBe(true);
    expect(g.dots.map((d) => d.partial)).toEqual([false, true]);
    const band = sparkGeometry({ ...box, points: [{ year: 2025, value: 70, projected: null }, { year: 2026, value: 85, projected: null }], target: { min: 75, max: 80 } })!;
    expect(band.targetBand!.y1).toBeLessThan(band.targetBand!.y2);
    expect(band.targetLine).toBeNull();
  });

  it('draws a single value mid-height, and nothing without values', () => {
    const one = sparkGeometry({ ...box, points: [{ year: 2025, value: 0, projected: null }] })!;
    expect(one.dots).toEqual([{ x: 50, y: 25, partial: false }]);
    expect(sparkGeometry({ ...box, points: [] })).toBeNull();
    expect(sparkGeometry({ ...box, points: [{ year: 2025, value: null, projected: null }] })).toBeNull();
  });
});
