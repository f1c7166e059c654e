/**
 * The secret ballot's promise, tested against the database itself: after the votes, no row of any
 * table holds both a council member's id and a choice; the ballot box has no voter column and no
 * time; the register of voters has no choice; the audit says only that a member voted; and once the
 * session is closed no row version of the ballot box carries a voter's transaction id.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import type { BallotChoice } from '@/lib/commendation/ballot';
import { addProposalToSession, closeCouncilSession, createCouncilSession, openCouncilSession } from '@/lib/council/sessions';
import { castBallot } from '@/lib/council/ballot-box';
import { makeActor } from './admin-fixtures';
import { makeMembers, makeProposal, unitOfficer } from './council-fixtures';

let reviewer: Actor;
let members: Actor[];
let sessionId: number;
const CHOICE = /\b(YES|NO|ABSTAIN)\b/;

// Each member votes differently, so a row that held a member's ballot would show it.
const PLAN: BallotChoice[][] = [
  ['YES', 'NO', 'ABSTAIN'],
  ['NO', 'YES', 'YES'],
  ['ABSTAIN', 'ABSTAIN', 'NO'],
  ['YES', 'YES', 'YES'],
  ['NO', 'NO', 'NO'],
  ['YES', 'ABSTAIN', 'YES'],
  ['ABSTAIN', 'YES', 'NO'],
];

type Column = { table: string; column: string; type: string };

async function publicColumns(): Promise<Column[]> {
  return db.$queryRaw<Column[]>`
    SELECT table_name AS table, column_name AS column, data_type AS type
      FROM information_schema.columns
     WHERE table_schema = 'public'
     ORDER BY table_name, ordinal_position`;
}

const byTable = (columns: Column[]) => {
  const tables = new Map<string, Column[]>();
  for (const c of columns) tables.set(c.table, [...(tables.get(c.table) ?? []), c]);
  return tables;
};

/** Columns that can name a user: a user, actor, voter or member id, or who did something. */
const namesUser = (column: string) => /user|actor|voter|member|ById$|^by$/i.test(column);
/** Columns that can hold a choice or a count of one. */
const holdsChoice = (column: string) => /yes|^no(Count)?$|abstain|choice|ballot/i.test(column);

async function xminsOf(table: 'CouncilVote' | 'AuditEvent', where = 'TRUE'): Promise<Set<string>> {
  const rows = await db.$queryRawUnsafe<Array<{ x: string }>>(`SELECT xmin::text AS x FROM "${table}" WHERE ${where}`);
  return new Set(rows.map((r) => r.x));
}

beforeAll(async () => {
  setClock('2026-12-01T09:00:00+07:00');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên');
  members = await makeMembers(7);
  const session = await createCouncilSession(reviewer, { title: 'Phiên họp bỏ phiếu kín', meetingDate: '2026-12-01' });
  sessionId = session.id;
  for (const unit of ['Xã Trùng Khánh', 'Xã Hòa An', 'Xã Quang Trung']) {
    await unitOfficer(unit);
    const p = await makeProposal({ unit, formCode: 'CO_THI_DUA_UBND_TINH', status: 'DISCLOSURE', disclosure: ['2026-11-03', '2026-11-14'], createdBy: reviewer });
    await addProposalToSession(reviewer, session.id, p.id);
  }
  await openCouncilSession(reviewer, session.id);
  const items = await db.councilItem.findMany({ where: { sessionId }, orderBy: { id: 'asc' } });
  await Promise.all(members.map((m, i) => castBallot(m, sessionId, items.map((item, k) => ({ itemId: item.id, choice: PLAN[i][k] })))));
});

describe('the secret ballot in the database', () => {
  it('keeps counts only in the ballot box: one row per proposal, no voter, no time', async () => {
    const columns = byTable(await publicColumns()).get('CouncilItem')!;
    expect(columns.map((c) => c.column)).toEqual(['id', 'sessionId', 'proposalId', 'yesCount', 'noCount', 'abstainCount', 'approved']);
    expect(columns.filter((c) => namesUser(c.column))).toEqual([]);
    expect(columns.filter((c) => /time|date|json|text|character/i.test(c.type))).toEqual([]);
    const items = await db.councilItem.findMany({ where: { sessionId }, orderBy: { id: 'asc' } });
    expect(items).toHaveLength(3); // one row per proposal, not per ballot
    expect(items.map((i) => [i.yesCount, i.noCount, i.abstainCount])).toEqual([
      [3, 2, 2],
      [3, 2, 2],
      [3, 3, 1],
    ]);
  });

  it('keeps in the register of voters who voted and when, and nothing that could hold a choice', async () => {
    const columns = byTable(await publicColumns()).get('CouncilVote')!;
    expect(columns.map((c) => c.column)).toEqual(['id', 'sessionId', 'userId', 'votedAt']);
    expect(columns.filter((c) => holdsChoice(c.column))).toEqual([]);
    const votes = await db.councilVote.findMany({ where: { sessionId } });
    expect(votes.map((v) => v.userId).sort()).toEqual(members.map((m) => m.id).sort());
  });

  it('audits that each member voted and when, without a choice', async () => {
    const rows = await db.auditEvent.findMany({ where: { action: 'council.vote', entityId: String(sessionId) } });
    expect(rows.map((r) => r.actorId).sort()).toEqual(members.map((m) => m.id).sort());
    for (const row of rows) {
      expect(row).toMatchObject({ entityType: 'CouncilSession', before: null, after: null, fromStatus: null, toStatus: null });
      expect(JSON.stringify({ ...row, id: String(row.id) })).not.toMatch(CHOICE);
    }
  });

  it('has no row, in any table, that holds both a council member and a choice', async () => {
    const memberIds = new Set(members.map((m) => String(m.id)));
    const tables = byTable(await publicColumns());
    expect(tables.size).toBeGreaterThan(30);
    const offenders: string[] = [];
    let scanned = 0;
    for (const [table, columns] of tables) {
      const userColumns = columns.filter((c) => namesUser(c.column)).map((c) => c.column);
      const choiceColumns = columns.filter((c) => holdsChoice(c.column)).map((c) => c.column);
      const rows = await db.$queryRawUnsafe<Array<{ j: string }>>(`SELECT row_to_json(t)::text AS j FROM "${table}" t`);
      for (const { j } of rows) {
        scanned++;
        const row = JSON.parse(j) as Record<string, unknown>;
        const namesMember = userColumns.some((c) => row[c] !== null && memberIds.has(String(row[c])));
        if (!namesMember) continue;
        const withChoice = CHOICE.test(j) || choiceColumns.some((c) => row[c] !== null && row[c] !== undefined);
        if (withChoice) offenders.push(`${table}: ${j}`);
      }
    }
    expect(scanned).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
    // The ballot box is the only place choices are kept, and it names nobody.
    const withChoices = [...tables].filter(([, cols]) => cols.some((c) => holdsChoice(c.column))).map(([t]) => t);
    expect(withChoices).toEqual(['CouncilItem']);
  });

  it('leaves no row version of the ballot box stamped by a voter once the session is closed', async () => {
    await closeCouncilSession(reviewer, sessionId);
    const voterTransactions = await xminsOf('CouncilVote', `"sessionId" = ${sessionId}`);
    expect(voterTransactions.size).toBe(7);
    const live = await db.$queryRaw<Array<{ x: string }>>`SELECT xmin::text AS x FROM "CouncilItem" WHERE "sessionId" = ${sessionId}`;
    expect(live.filter((r) => voterTransactions.has(r.x))).toEqual([]);
    // Dead row versions too, as a superuser would read them from the table's pages (pageinspect).
    await db.$executeRawUnsafe('CREATE EXTENSION IF NOT EXISTS pageinspect');
    const pages = await db.$queryRaw<Array<{ n: number }>>`SELECT (pg_relation_size('"CouncilItem"') / current_setting('block_size')::int)::int AS n`;
    const stamped: string[] = [];
    for (let page = 0; page < pages[0].n; page++) {
      const tuples = await db.$queryRawUnsafe<Array<{ xmin: string | null; xmax: string | null }>>(
        `SELECT t_xmin::text AS xmin, t_xmax::text AS xmax FROM heap_page_items(get_raw_page('"CouncilItem"', ${page}))`,
      );
      for (const t of tuples) if ((t.xmin && voterTransactions.has(t.xmin)) || (t.xmax && voterTransactions.has(t.xmax))) stamped.push(`${page}:${t.xmin}/${t.xmax}`);
    }
    expect(pages[0].n).toBeGreaterThan(0);
    expect(stamped).toEqual([]);
  });
});
