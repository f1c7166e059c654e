import { getActor } from '@/lib/auth/session';
import { isDomainError } from '@/lib/errors';
import { templateFor } from '@/lib/reporting/excel-service';

export const dynamic = 'force-dynamic';

/** GET /api/reports/template?unit=&period= — the unit's pre-filled Excel template for a period. */
export async function GET(request: Request) {
  const actor = await getActor();
  const url = new URL(request.url);
  const unit = Number(url.searchParams.get('unit'));
  const period = Number(url.searchParams.get('period'));
  if (!actor) return new Response('Chưa đăng nhập.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!Number.isInteger(unit) || !Number.isInteger(period) || unit <= 0 || period <= 0) {
    return new Response('Tham số không hợp lệ.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  try {
    const { name, bytes } = await templateFor(actor, unit, period);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isDomainError(error)) return new Response('Không tìm thấy.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    throw error;
  }
}
