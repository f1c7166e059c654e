import { getActor } from '@/lib/auth/session';
import { getExportFile } from '@/lib/exports/requests';

export const dynamic = 'force-dynamic';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });

/**
 * GET /api/exports/:id/file — a finished export, for the users of its province who may read the
 * review-year reports. Always a download, never rendered (no HTML, sandboxed).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return text('Chưa đăng nhập.', 401);
  // Not found and not allowed read the same.
  const file = /^\d{1,9}$/.test(id) ? await getExportFile(actor, Number(id)) : null;
  if (!file) return text('Không tìm thấy tệp.', 404);
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': `attachment; filename="${file.name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}
