import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** GET /api/health: the database's state, for load balancers and monitoring. */
export async function GET() {
  const started = performance.now();
  try {
    const [row] = await db.$queryRaw<Array<{ version: string; migrations: bigint }>>`
      SELECT current_setting('server_version') AS version,
             (SELECT count(*) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL) AS migrations`;
    return Response.json(
      { status: 'ok', database: { status: 'up', version: row.version, migrations: Number(row.migrations), latencyMs: Math.round(performance.now() - started) } },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch {
    return Response.json({ status: 'error', database: { status: 'down' } }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
