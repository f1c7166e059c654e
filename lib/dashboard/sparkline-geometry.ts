/**
 * The geometry of a sparkline: a year's values and the projected trend, scaled into a box, as SVG
 * path data. Pure, so the chart is drawn on the server and the page carries no chart library.
 *
 * x: the years, evenly, from the first to the last point; y: the values, the projection and the
 * target (so the target line is always in view), with a margin; a single value sits mid-height.
 */
export type SparkInput = {
  points: ReadonlyArray<{ year: number; value: number | null; projected: number | null; partial?: boolean }>;
  target?: { value?: number | null; min?: number | null; max?: number | null };
  width: number;
  height: number;
  /** room around the drawing, for the dots */
  pad?: number;
};

export type SparkGeometry = {
  /** the accepted values, joined in year order (gaps skipped, as the values are yearly) */
  actual: string;
  /** the trend from the latest complete year to the target year */
  projected: string;
  dots: Array<{ x: number; y: number; partial: boolean }>;
  /** a target value as a horizontal line, or a target range as a band */
  targetLine: number | null;
  targetBand: { y1: number; y2: number } | null;
};

const round = (v: number) => Math.round(v * 10) / 10;
const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function sparkGeometry(input: SparkInput): SparkGeometry | null {
  const pad = input.pad ?? 4;
  const points = [...input.points].sort((a, b) => a.year - b.year);
  if (!points.some((p) => finite(p.value) || finite(p.projected))) return null;
  const target = input.target ?? {};
  const values = [
    ...points.flatMap((p) => [p.value, p.projected]),
    target.value,
    target.min,
    target.max,
  ].filter(finite);
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high - low < 1e-9) {
    const spread = Math.abs(high) > 0 ? Math.abs(high) * 0.1 : 1;
    low -= spread;
    high += spread;
  }
  const first = points[0].year;
  const last = points[points.length - 1].year;
  const x = (year: number) => round(last === first ? input.width / 2 : pad + ((year - first) / (last - first)) * (input.width - 2 * pad));
  const y = (v: number) => round(input.height - pad - ((v - low) / (high - low)) * (input.height - 2 * pad));
  const line = (pairs: Array<[number, number]>) => pairs.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px} ${py}`).join(' ');
  const actualPoints = points.filter((p) => finite(p.value));
  return {
    actual: line(actualPoints.map((p) => [x(p.year), y(p.value!)])),
    projected: line(points.filter((p) => finite(p.projected)).map((p) => [x(p.year), y(p.projected!)])),
    dots: actualPoints.map((p) => ({ x: x(p.year), y: y(p.value!), partial: Boolean(p.partial) })),
    targetLine: finite(target.value) ? y(target.value) : null,
    targetBand: finite(target.min) && finite(target.max) ? { y1: y(target.max), y2: y(target.min) } : null,
  };
}
