/**
 * A unit's value of an element over a span (a year up to a quarter), in SQL, from the period
 * columns of a "DashboardValue" row (q1–q4, h1, h2, y). The same rules as unitSpanValue in
 * lib/reporting/aggregate.ts, the reference (tests/db/dashboard-equivalence.test.ts holds them equal):
 *
 *   STOCK, YEAR_TO_DATE  the latest period ending in the span; when two end together the longer
 *                        (the year over H2 over Q4, H1 over Q2); complete when it ends at the span's end.
 *   FLOW                 the year when the span is the whole year and it exists, else each half-year
 *                        where it exists, else its quarters; complete when every quarter is covered.
 *
 * `q` is an SQL expression of the span's last quarter (1–4); the row's columns are read unqualified
 * unless a table alias is given.
 */
import { Prisma } from '@/lib/generated/prisma/client';

type Sql = Prisma.Sql;

function columns(alias: string) {
  const c = (name: string) => Prisma.raw(alias ? `${alias}."${name}"` : `"${name}"`);
  return { q1: c('q1'), q2: c('q2'), q3: c('q3'), q4: c('q4'), h1: c('h1'), h2: c('h2'), y: c('y') };
}

/** STOCK / YEAR_TO_DATE value over the span ending at quarter `q`. */
export function latestValueSql(q: Sql, alias = ''): Sql {
  const { q1, q2, q3, q4, h1, h2, y } = columns(alias);
  return Prisma.sql`(CASE ${q} WHEN 4 THEN coalesce(${y}, ${h2}, ${q4}, ${q3}, ${h1}, ${q2}, ${q1})
    WHEN 3 THEN coalesce(${q3}, ${h1}, ${q2}, ${q1}) WHEN 2 THEN coalesce(${h1}, ${q2}, ${q1}) ELSE ${q1} END)`;
}

/** Whether the STOCK / YEAR_TO_DATE value reaches the span's end. */
export function latestCompleteSql(q: Sql, alias = ''): Sql {
  const { q1, q2, q3, q4, h1, h2, y } = columns(alias);
  return Prisma.sql`(CASE ${q} WHEN 4 THEN coalesce(${y}, ${h2}, ${q4}) IS NOT NULL
    WHEN 3 THEN ${q3} IS NOT NULL WHEN 2 THEN coalesce(${h1}, ${q2}) IS NOT NULL ELSE ${q1} IS NOT NULL END)`;
}

/** FLOW value over the span ending at quarter `q`: null when no period of the span has a value. */
export function flowValueSql(q: Sql, alias = ''): Sql {
  const { q1, q2, q3, q4, h1, h2, y } = columns(alias);
  const firstHalf = Prisma.sql`coalesce(${h1}, coalesce(${q1}, 0) + coalesce(${q2}, 0))`;
  return Prisma.sql`(CASE ${q}
    WHEN 4 THEN CASE WHEN ${y} IS NOT NULL THEN ${y}
                     WHEN coalesce(${h1}, ${h2}, ${q1}, ${q2}, ${q3}, ${q4}) IS NULL THEN NULL
                     ELSE ${firstHalf} + coalesce(${h2}, coalesce(${q3}, 0) + coalesce(${q4}, 0)) END
    WHEN 3 THEN CASE WHEN coalesce(${h1}, ${q1}, ${q2}, ${q3}) IS NULL THEN NULL ELSE ${firstHalf} + coalesce(${q3}, 0) END
    WHEN 2 THEN CASE WHEN coalesce(${h1}, ${q1}, ${q2}) IS NULL THEN NULL ELSE ${firstHalf} END
    ELSE ${q1} END)`;
}

/** Whether the FLOW value covers every quarter of the span. */
export function flowCompleteSql(q: Sql, alias = ''): Sql {
  const { q1, q2, q3, q4, h1, h2, y } = columns(alias);
  const firstHalf = Prisma.sql`(${h1} IS NOT NULL OR (${q1} IS NOT NULL AND ${q2} IS NOT NULL))`;
  return Prisma.sql`(CASE ${q}
    WHEN 4 THEN ${y} IS NOT NULL OR (${firstHalf} AND (${h2} IS NOT NULL OR (${q3} IS NOT NULL AND ${q4} IS NOT NULL)))
    WHEN 3 THEN ${firstHalf} AND ${q3} IS NOT NULL
    WHEN 2 THEN ${firstHalf}
    ELSE ${q1} IS NOT NULL END)`;
}

/** The value by how the element behaves over time (`flow`: an SQL boolean, e.g. e."overTime" = 'FLOW'). */
export function spanValueSql(q: Sql, flow: Sql, alias = ''): Sql {
  return Prisma.sql`(CASE WHEN ${flow} THEN ${flowValueSql(q, alias)} ELSE ${latestValueSql(q, alias)} END)`;
}

export function spanCompleteSql(q: Sql, flow: Sql, alias = ''): Sql {
  return Prisma.sql`(CASE WHEN ${flow} THEN ${flowCompleteSql(q, alias)} ELSE ${latestCompleteSql(q, alias)} END)`;
}
