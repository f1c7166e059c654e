import { getActor } from '@/lib/auth/session';
import { getExportStatus } from '@/lib/exports/requests';
import { getAnyTranslations } from '@/lib/i18n/translate';

export const dynamic = 'force-dynamic';

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });

/** GET /api/exports/:id — an export's status and progress, polled by the exports page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return json({ error: 'unauthenticated' }, 401);
  const job = /^\d{1,9}$/.test(id) ? await getExportStatus(actor, Number(id)) : null;
  if (!job) return json({ error: 'not found' }, 404);
  const t = await getAnyTranslations();
  return json({
    id: job.id,
    status: job.status,
    progress: job.progress,
    error: job.error ? (t.has(job.error) ? t(job.error) : job.error) : null,
    fileName: job.fileName,
  });
}
