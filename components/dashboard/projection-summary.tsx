import { getTranslations } from 'next-intl/server';
import type { ProjectionStatus } from '@/lib/dashboard/projection';
import { Stat } from '@/components/ui/card';

const ORDER: ProjectionStatus[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'INSUFFICIENT_HISTORY'];
const TONE = { ON_TRACK: 'good', AT_RISK: 'warn', OFF_TRACK: 'bad', INSUFFICIENT_HISTORY: 'default' } as const;

/** How many indicators are on track, at risk, off track, or without enough history to say. */
export async function ProjectionSummary({ statuses }: { statuses: Array<ProjectionStatus | null> }) {
  const t = await getTranslations('dashboard');
  return (
    <section aria-label={t('overview.summaryTitle')} className="mb-5 grid grid-cols-2 gap-3 lg:grid-cols-4">
      {ORDER.map((status) => (
        <Stat key={status} label={t(`projection.status.${status}`)} value={statuses.filter((s) => s === status).length} tone={TONE[status]} />
      ))}
    </section>
  );
}
