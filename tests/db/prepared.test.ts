import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, getDb, prepared } from '@/lib/db';
import { createClient, preparedQuery, statementName } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

/** `prepared` sends a statement past Prisma's engine: its rows and parameters must be what `$queryRaw`'s are. */
describe('prepared statements', () => {
  // Dates must not depend on the server's zone (pg's own parsers read a timestamp as local time).
  const zone = process.env.TZ;
  beforeAll(() => void (process.env.TZ = 'Asia/Ho_Chi_Minh'));
  afterAll(() => void (zone === undefined ? delete process.env.TZ : (process.env.TZ = zone)));
  const when = new Date('2030-10-05T02:03:04.567Z');
  const every = (at: Date, amount: Prisma.Decimal) => Prisma.sql`
    SELECT 7::int AS int, 9007199254740993::bigint AS big, 12.3400::numeric(20, 4) AS num, '2030-10-05'::date AS day,
           ${at}::timestamp(3) AS at, '2030-10-05 02:03:04.567'::timestamp(3) AS fixed, ${amount}::numeric(20, 4) AS amount, 'chữ'::text AS text, true AS yes, NULL::int AS nothing,
           ARRAY[1, 2]::int[] AS ints, json_build_object('a', 1, 'b', 'x') AS json`;

  it('gives the rows $queryRaw gives, and reads parameters alike', async () => {
    const sql = every(when, new Prisma.Decimal('1.5'));
    const [fast] = await prepared<Record<string, unknown>>(sql);
    const [slow] = await db.$queryRaw<Array<Record<string, unknown>>>(sql);
    expect(fast).toEqual(slow);
    expect(fast.big).toBe(9007199254740993n);
    expect(String(fast.num)).toBe('12.34');
    expect((fast.day as Date).toISOString()).toBe('2030-10-05T00:00:00.000Z');
    expect((fast.at as Date).toISOString()).toBe(when.toISOString());
    expect((fast.fixed as Date).toISOString()).toBe('2030-10-05T02:03:04.567Z');
    expect(String(fast.amount)).toBe('1.5');
    // and a second time, on a connection that has it prepared
    expect((await prepared<Record<string, unknown>>(sql))[0]).toEqual(slow);
  });

  it('stores a time given as a parameter in UTC, as Prisma does', async () => {
    const unit = await db.unit.findFirstOrThrow();
    await prepared(Prisma.sql`UPDATE "Unit" SET "updatedAt" = ${when} WHERE id = ${unit.id} RETURNING id`);
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).updatedAt.toISOString()).toBe(when.toISOString());
  });

  it('runs inside the transaction it is given, seeing its writes', async () => {
    const unit = await db.unit.findFirstOrThrow();
    await expect(
      getDb().$transaction(async (tx) => {
        await tx.unit.update({ where: { id: unit.id }, data: { name: 'Tên trong giao dịch' } });
        const [row] = await prepared<{ name: string }>(Prisma.sql`SELECT name FROM "Unit" WHERE id = ${unit.id}`, tx);
        expect(row.name).toBe('Tên trong giao dịch');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe(unit.name);
  });

  it('survives losing an idle connection before Prisma has run a query, then opens another', async () => {
    const client = createClient(process.env.DATABASE_URL!, 1);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const [{ pid }] = await preparedQuery<{ pid: number }>(client, Prisma.sql`SELECT pg_backend_pid() AS pid`);
      await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('idle connection lost')));
      const [{ again }] = await preparedQuery<{ again: number }>(client, Prisma.sql`SELECT pg_backend_pid() AS again`);
      expect(again).not.toBe(pid);
    } finally {
      warn.mockRestore();
      await client.$queryRaw`SELECT 1`; // the adapter takes the pool, and ends it on $disconnect
      await client.$disconnect();
    }
  });

  it('names a statement by its text, within PostgreSQL’s 63 bytes', () => {
    const text = 'SELECT id FROM "User" WHERE id = $1';
    const name = statementName(text);
    expect(name).toMatch(/^p_[\w-]{27}$/);
    expect(statementName(text)).toBe(name);
    expect(statementName(text.replace('$1', '$2'))).not.toBe(name);
  });
});
