import { getActor } from '@/lib/auth/session';
import { isDomainError } from '@/lib/errors';
import { getAnyTranslations } from '@/lib/i18n/translate';
import { importTemplateFor } from '@/lib/registry/import-service';
import { DEFAULT_LABELS, type TemplateLabels } from '@/lib/registry/import-excel';

export const dynamic = 'force-dynamic';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** GET /registry/import/template?unit= — the unit's Excel template for importing past years. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return text('Chưa đăng nhập.', 401);
  const unit = Number(new URL(request.url).searchParams.get('unit'));
  if (!Number.isInteger(unit) || unit <= 0) return text('Tham số không hợp lệ.', 400);
  const t = await getAnyTranslations();
  const labels = Object.fromEntries(Object.keys(DEFAULT_LABELS).map((k) => [k, String(t.raw(`registry.import.template.${k}`))])) as TemplateLabels;
  try {
    const { name, bytes } = await importTemplateFor(actor, unit, labels);
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
    if (isDomainError(error)) return text('Không tìm thấy.', 404);
    throw error;
  }
}
