import { getActor } from '@/lib/auth/session';
import { isDomainError } from '@/lib/errors';
import { certificateListFor } from '@/lib/decisions/certificates';

export const dynamic = 'force-dynamic';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** GET /api/decisions/:id/certificates — the decision's certificate list (Excel), for Home Affairs. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return text('Chưa đăng nhập.', 401);
  if (!/^\d{1,9}$/.test(id)) return text('Không tìm thấy.', 404);
  try {
    const { name, bytes } = await certificateListFor(actor, Number(id));
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="danh-sach-${id}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isDomainError(error)) return text('Không tìm thấy.', 404);
    throw error;
  }
}
