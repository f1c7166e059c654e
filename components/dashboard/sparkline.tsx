/**
 * An indicator's yearly history and its projection to the target year, as a small SVG drawn on the
 * server: no chart library reaches the browser (the dashboards' first-load JavaScript budget, see
 * docs/decisions/010-live-dashboards.md). The words are in the label.
 */
import { sparkGeometry, type SparkInput } from '@/lib/dashboard/sparkline-geometry';

export type SparkPoint = SparkInput['points'][number];
export type SparkTarget = NonNullable<SparkInput['target']>;

const W = 240;
const H = 64;

const dotPath = (dots: ReadonlyArray<{ x: number; y: number }>) => dots.map((d) => `M${d.x} ${d.y}h0`).join('');

export function Sparkline({ points, target, label }: { points: SparkPoint[]; target?: SparkTarget; label: string }) {
  const g = sparkGeometry({ points, target, width: W, height: H, pad: 5 });
  return (
    <div role="img" aria-label={label} className="h-16 w-full min-w-0" data-testid="sparkline">
      {g && (
        // Stretched to the card's width; strokes and dots keep their size (non-scaling strokes).
        <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" className="h-full w-full overflow-visible" aria-hidden="true" focusable="false">
          {g.targetBand && <rect x={0} width={W} y={g.targetBand.y1} height={Math.max(1, g.targetBand.y2 - g.targetBand.y1)} fill="#16a34a" fillOpacity={0.12} />}
          {g.targetLine !== null && <line x1={0} x2={W} y1={g.targetLine} y2={g.targetLine} stroke="#16a34a" strokeDasharray="2 2" vectorEffect="non-scaling-stroke" />}
          {g.projected && <path d={g.projected} fill="none" stroke="#64748b" strokeDasharray="4 3" strokeWidth={1.5} vectorEffect="non-scaling-stroke" data-series="projected" />}
          {g.actual && <path d={g.actual} fill="none" stroke="#1d4ed8" strokeWidth={2} vectorEffect="non-scaling-stroke" data-series="actual" />}
          {/* Zero-length segments with round caps, one path per kind: dots that stay round when the box is stretched. */}
          {[false, true].map((partial) => {
            const d = dotPath(g.dots.filter((dot) => dot.partial === partial));
            return d && <path key={String(partial)} d={d} stroke="#1d4ed8" strokeWidth={partial ? 4 : 6} strokeLinecap="round" vectorEffect="non-scaling-stroke" opacity={partial ? 0.5 : 1} />;
          })}
        </svg>
      )}
    </div>
  );
}
