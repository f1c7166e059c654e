import { getActor } from '@/lib/auth/session';
import { fileBytes, findReadableFile } from '@/lib/files/access';

export const dynamic = 'force-dynamic';

/**
 * GET /api/files/:id — an evidence or dossier file for those who may read it (lib/files/access.ts).
 * Pictures may be shown inline (published models); everything else is a download. Nothing is ever
 * rendered by the browser as a page (no HTML, no scripts: the sandbox policy forbids them).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const fileId = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const file = Number.isNaN(fileId) ? null : await findReadableFile(await getActor(), fileId);
  // Not found and not allowed read the same: a file's existence is not told to those who may not see it.
  if (!file) return new Response('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const bytes = await fileBytes(file.id);
  if (!bytes) return new Response('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `${file.mimeType.startsWith('image/') ? 'inline' : 'attachment'}; filename="file-${file.id}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}
