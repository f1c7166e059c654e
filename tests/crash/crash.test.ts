/**
 * Issue 6, point 4: the production server killed (SIGKILL) at random moments while it saves drafts,
 * stores evidence, submits and returns reports, the embedded PostgreSQL killed too in some trials.
 * After each restart: the report of the trial is either exactly as before or exactly as the request
 * would have left it (acknowledged requests: always the latter), the invariants over all reports and
 * files hold, and /api/health answers with the database up. Then, on the same server: its output
 * over the whole run carries no password, e-mail address or person's name (point 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { setClock } from '@/lib/clock';
import { createClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { seed } from '@/prisma/seed';
import { reportingContext } from '@/lib/reporting/context';
import { demoValue } from '@/prisma/seed/demo-values';
import { DEMO_PASSWORD } from '@/prisma/seed/demo';
import { signIn } from '@/lib/bench/http';
import { CRASH_CLOCK, CRASH_DIST_DIR, CrashDatabase, CrashServer, ensureBuild, getJson, post, type Sent } from './harness';
import { actionId, formActionBody } from '@/lib/bench/server-actions';
import { INVARIANTS, brokenInvariants, reportState, type ReportState } from './state';
import { withClient } from '@/lib/bench/database';

// CRASH_TRIALS=<n> for a quicker look while working on the harness; npm test runs 55.
const TRIALS = Number(process.env.CRASH_TRIALS ?? 55);
/** every fifth trial kills the database as well */
const killsDatabase = (trial: number) => trial % 5 === 2;
const EXTRA_UNITS = 8;
// Names of the accounts the harness creates: people, so the log check has names to look for.
const PEOPLE = [
  'Hoàng Văn Toàn', 'Lý Thị Duyên', 'Nông Đức Mạnh', 'Bế Thị Hằng', 'Triệu Văn Khang', 'Đàm Thị Nhung', 'Lương Văn Phú', 'Ma Thị Quyên',
  'Hà Văn Lộc', 'Sầm Thị Vân', 'Chu Văn Tiến', 'La Thị Hảo', 'Mông Văn Quý', 'Vi Thị Hiền', 'Đinh Văn Thắng', 'Tô Thị Ngân',
];

type Unit = { id: number; name: string; officer: string; head: string; codes: string[]; largest: string; figures: Record<string, string>; required: Array<{ code: string; id: number }>; users: number; cookies?: { officer: string; head: string } };

let database: CrashDatabase;
let server: CrashServer;
let period: { id: number; year: number; number: number };
let units: Unit[];
let reviewerCookie: string;
let reviewers: number;
let actions: Record<'save' | 'submit' | 'upload' | 'return', string>;
const log: string[] = [];
const say = (line: string) => log.push(line);
const timings = { buildS: 0, setupS: 0 };
const names: string[] = [];

const headersFor = (cookie: string, action: string, contentType = 'text/plain;charset=UTF-8') => ({
  accept: 'text/x-component',
  'content-type': contentType,
  'next-action': action,
  origin: server.base,
  cookie,
});

const pdfBytes = (label: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`));

/** Figures that pass submission: the demo's plausible values, the largest (a total) raised a little. */
function figuresFor(unit: Unit, bump: number): Record<string, string> {
  return { ...unit.figures, [unit.largest]: String(Number(unit.figures[unit.largest]) + bump) };
}

function saveDraft(unit: Unit, version: number, bump: number, note: string) {
  const values = figuresFor(unit, bump);
  const body = JSON.stringify([{ unitId: unit.id, periodId: period.id, version, values, notes: {}, note, narrative: null }]);
  return { values, sent: post(`${server.base}/reports/${period.id}`, headersFor(unit.cookies!.officer, actions.save), body) };
}

function upload(unit: Unit, reportId: number, elementCode: string | null, name: string, bytes: Uint8Array) {
  const { body, contentType } = formActionBody({ reportId: String(reportId), elementCode: elementCode ?? '', periodId: String(period.id), file: { name, type: 'application/pdf', bytes } });
  return post(`${server.base}/reports/${period.id}`, headersFor(unit.cookies!.officer, actions.upload, contentType), body);
}

function submit(unit: Unit, reportId: number, version: number) {
  return post(`${server.base}/reports/${period.id}`, headersFor(unit.cookies!.head, actions.submit), JSON.stringify([{ reportId, version }]));
}

function returnReport(reportId: number, version: number, text: string) {
  const { body, contentType } = formActionBody({ reportId: String(reportId), version: String(version), 'c.general': text });
  return post(`${server.base}/review/reports/${reportId}`, headersFor(reviewerCookie, actions.return, contentType), body);
}

/** Did the server say yes? Data actions answer {"ok":true}; the review actions redirect to the queue. */
async function acknowledged(sent: Sent): Promise<boolean | null> {
  const answer = await sent.answered;
  if ('error' in answer) return null;
  return answer.status === 200 && (/"ok":true/.test(answer.body) || answer.redirect !== null);
}

const state = (unit: Unit) => withClient(database.url, (client) => reportState(client, unit.id, period.id));

async function must(sent: Sent, what: string) {
  if (!(await acknowledged(sent))) throw new Error(`${what} was refused: ${JSON.stringify(await sent.answered).slice(0, 600)}`);
}

/** Sets up the accounts and gives every unit a complete, valid draft (unless it waits for review). */
async function prepare() {
  setClock(CRASH_CLOCK);
  const prisma = createClient(database.url, 2);
  try {
    const open = await prisma.reportingPeriod.findFirstOrThrow({ where: { type: 'QUARTER', year: 2026, number: 3, isBaseline: false } });
    period = { id: open.id, year: open.year, number: open.number };
    const province = await prisma.province.findUniqueOrThrow({ where: { code: '04' } });
    const hash = await withClient(database.url, async (c) => (await c.query(`SELECT "passwordHash" FROM "User" WHERE username = 'xa.officer'`)).rows[0].passwordHash as string);
    // Communes whose quarter report the unit still holds or waits for review, besides the demo commune.
    const candidates = await prisma.unit.findMany({
      where: { kind: 'COMMUNE', users: { none: {} }, reports: { none: { periodId: open.id, status: 'ACCEPTED' } } },
      orderBy: { id: 'asc' },
      take: EXTRA_UNITS,
      select: { id: true, name: true },
    });
    const demo = await prisma.unit.findMany({ where: { name: { in: ['Xã Cốc Pàng', 'Sở Tài chính'] } }, select: { id: true, name: true } });
    units = [];
    for (const unit of [...demo.map((u) => ({ ...u, demo: true })), ...candidates.map((u) => ({ ...u, demo: false }))]) {
      let officer = unit.name === 'Xã Cốc Pàng' ? 'xa.officer' : 'so.officer';
      let head = unit.name === 'Xã Cốc Pàng' ? 'xa.head' : 'so.head';
      if (!unit.demo) {
        const n = units.length;
        officer = `crash.officer.${n}`;
        head = `crash.head.${n}`;
        const account = (username: string, role: 'UNIT_OFFICER' | 'UNIT_HEAD', name: string) =>
          prisma.user.create({ data: { provinceId: province.id, username, passwordHash: hash, displayName: name, role, unitId: unit.id, email: `${username}@caobang.gov.vn` } });
        await account(officer, 'UNIT_OFFICER', PEOPLE[(2 * n) % PEOPLE.length]);
        await account(head, 'UNIT_HEAD', PEOPLE[(2 * n + 1) % PEOPLE.length]);
      }
      const ctx = await reportingContext(prisma, unit.id, open.id, province.id);
      const figures = new Map<string, number>();
      for (let pass = 0; pass < 2; pass++) for (const e of ctx.elements) figures.set(e.code, demoValue(e.code, unit.id, open.year, open.number, figures));
      const codes = ctx.elements.map((e) => e.code);
      units.push({
        id: unit.id,
        name: unit.name,
        officer,
        head,
        codes,
        largest: codes.reduce((a, b) => (figures.get(b)! > figures.get(a)! ? b : a)),
        figures: Object.fromEntries(codes.map((c) => [c, String(figures.get(c))])),
        required: ctx.elements.filter((e) => e.evidenceRequired).map((e) => ({ code: e.code, id: e.id })),
        users: await prisma.user.count({ where: { unitId: unit.id, active: true, role: { in: ['UNIT_OFFICER', 'UNIT_HEAD'] } } }),
      });
    }
    reviewers = await prisma.user.count({ where: { provinceId: province.id, active: true, role: 'REVIEWER' } });
    const people = await prisma.user.findMany({ where: { username: { in: ['noivu', ...units.flatMap((u) => [u.officer, u.head])] } }, select: { displayName: true } });
    names.push(...people.map((p) => p.displayName));
  } finally {
    await prisma.$disconnect();
  }

  for (const unit of units) unit.cookies = { officer: (await signIn(server.base, unit.officer, DEMO_PASSWORD)).header(), head: (await signIn(server.base, unit.head, DEMO_PASSWORD)).header() };
  reviewerCookie = (await signIn(server.base, 'noivu', DEMO_PASSWORD)).header();

  for (const unit of units) {
    const before = await state(unit);
    if (before.report?.status === 'SUBMITTED') continue;
    await must(saveDraft(unit, before.report?.version ?? 0, 0, 'Số liệu đã đối chiếu.').sent, `the first save of ${unit.name}`);
    const saved = await state(unit);
    for (const element of unit.required.filter((r) => !saved.evidence.some((e) => e.elementId === r.id))) {
      await must(upload(unit, saved.report!.id, element.code, `${element.code.toLowerCase()}.pdf`, pdfBytes(element.code)), `evidence for ${element.code} of ${unit.name}`);
    }
  }
}

type Op = { kind: 'save' | 'upload' | 'submit' | 'return'; sent: Sent; expect: (before: ReportState, after: ReportState) => ReportState };

function stepFor(before: ReportState, turn: number): Op['kind'] {
  if (before.report?.status === 'SUBMITTED') return 'return';
  return before.report === null ? 'save' : (['save', 'upload', 'submit'] as const)[turn % 3];
}

/**
 * A fresh server loads a page's code and opens its database connections on the first request. The
 * same step, bound to fail harmlessly (a version nobody has, an empty file), takes that cost first,
 * so that the kill falls while the real step runs.
 */
async function warmUp(unit: Unit, before: ReportState, kind: Op['kind']) {
  const stale = 1_000_000;
  const reportId = before.report?.id ?? 2_000_000_000;
  const sent =
    kind === 'save' ? saveDraft(unit, stale, 0, 'x').sent
    : kind === 'upload' ? upload(unit, reportId, null, 'x.pdf', new Uint8Array(0))
    : kind === 'submit' ? submit(unit, reportId, stale)
    : returnReport(reportId, stale, 'x');
  const answer = await sent.answered;
  if ('error' in answer || answer.status !== 200 || /"ok":true/.test(answer.body)) throw new Error(`warm-up of ${kind}: ${JSON.stringify(answer).slice(0, 400)}`);
}

/** The next step for the unit's report, and what the report must look like if the step went through. */
function nextOp(unit: Unit, before: ReportState, trial: number, step: Op['kind']): Op {
  const report = before.report;
  if (step === 'return' && report) {
    return {
      kind: 'return',
      sent: returnReport(report.id, report.version, `Lần thử ${trial}: đề nghị bổ sung thuyết minh.`),
      expect: (b) => ({
        ...b,
        report: { ...b.report!, status: 'RETURNED', version: b.report!.version + 1 },
        audit: { ...b.audit, 'report.return': (b.audit['report.return'] ?? 0) + 1 },
        comments: b.comments + 1,
        notifications: { ...b.notifications, [`report-return:${b.report!.version}`]: unit.users },
      }),
    };
  }
  if (step === 'save') {
    const note = `Ghi chú lần thử ${trial}.`;
    const { values, sent } = saveDraft(unit, report?.version ?? 0, trial + 1, note);
    return {
      kind: 'save',
      sent,
      expect: (b, a) => ({
        ...b,
        report: b.report
          ? { ...b.report, version: b.report.version + 1, note }
          : { id: a.report?.id ?? -1, status: 'DRAFT', version: 1, submissionCount: 0, submittedAt: null, note },
        values: { ...b.values, ...values },
        audit: { ...b.audit, 'report.save': (b.audit['report.save'] ?? 0) + 1 },
      }),
    };
  }
  if (step === 'upload') {
    const name = `minh-chung-lan-${trial}.pdf`;
    const bytes = pdfBytes(`trial ${trial} ${'x'.repeat(trial * 997)}`);
    const sha = createHash('sha256').update(bytes).digest('hex');
    return {
      kind: 'upload',
      sent: upload(unit, report!.id, null, name, bytes),
      expect: (b, a) => {
        const added = a.evidence.find((e) => !b.evidence.some((x) => x.id === e.id));
        return {
          ...b,
          evidence: [...b.evidence, { id: added?.id ?? -1, fileId: added?.fileId ?? -1, elementId: null, name, sha256: sha, blobSha256: sha }],
          audit: { ...b.audit, 'report.evidence-add': (b.audit['report.evidence-add'] ?? 0) + 1 },
          files: b.files + 1,
          blobs: b.blobs + 1,
        };
      },
    };
  }
  return {
    kind: 'submit',
    sent: submit(unit, report!.id, report!.version),
    expect: (b, a) => {
      const number = b.report!.submissionCount + 1;
      return {
        ...b,
        report: { ...b.report!, status: 'SUBMITTED', version: b.report!.version + 1, submissionCount: number, submittedAt: a.report?.submittedAt ?? 'set' },
        versions: [...b.versions, { number, values: b.values, evidence: b.evidence.map((e) => e.fileId).sort((x, y) => x - y) }],
        audit: { ...b.audit, 'report.submit': (b.audit['report.submit'] ?? 0) + 1 },
        notifications: { ...b.notifications, [`report-submitted:${number}`]: reviewers },
      };
    },
  };
}

beforeAll(async () => {
  const started = performance.now();
  timings.buildS = ensureBuild(say);
  actions = {
    save: actionId(CRASH_DIST_DIR, 'saveDraftAction', 'lib/reporting/actions.ts'),
    submit: actionId(CRASH_DIST_DIR, 'submitReportAction', 'lib/reporting/actions.ts'),
    upload: actionId(CRASH_DIST_DIR, 'addEvidenceAction', 'lib/reporting/actions.ts'),
    return: actionId(CRASH_DIST_DIR, 'returnReportAction', 'lib/review/actions.ts'),
  };
  database = await CrashDatabase.create();
  await database.start(true);
  setClock(CRASH_CLOCK);
  await migrate(database.url, { log: () => {} });
  await seed(database.url, { demo: true });
  server = await CrashServer.create(() => database.url);
  await server.start();
  await prepare();
  timings.setupS = (performance.now() - started) / 1000 - timings.buildS;
}, 600_000);

afterAll(async () => {
  await server?.stop();
  await database?.stop();
  if (server && !process.env.CRASH_KEEP_LOG) rmSync(server.logFile, { force: true });
}, 60_000);

describe('crash consistency', () => {
  it(`keeps every report whole through ${TRIALS} kills of the server (some with the database)`, async () => {
    const started = performance.now();
    const baseline = await withClient(database.url, brokenInvariants);
    expect(baseline).toEqual({});
    const inconsistencies: string[] = [];
    const outcomes: Record<string, { complete: number; untouched: number }> = {};
    const turns = new Map<number, number>();
    let databaseKills = 0;
    const refusals: Record<string, number> = {};
    for (let trial = 0; trial < TRIALS; trial++) {
      const unit = units[trial % units.length];
      const turn = turns.get(unit.id) ?? 0;
      turns.set(unit.id, turn + 1);
      const kind = stepFor(await state(unit), turn);
      // twice: the first request of a fresh server loads code, the second runs as the real one will
      await warmUp(unit, await state(unit), kind);
      await warmUp(unit, await state(unit), kind);
      const before = await state(unit);
      const op = nextOp(unit, before, trial, kind);
      const delay = Math.random() * 300;
      await new Promise((r) => setTimeout(r, delay));
      const withDatabase = killsDatabase(trial);
      if (withDatabase) {
        database.kill();
        databaseKills++;
      }
      await server.kill();
      const ack = await acknowledged(op.sent);
      if (ack === false) {
        const answer = (await op.sent.answered) as { status: number; body: string };
        const why = `${op.kind} ${answer.status} ${/"code":"([A-Z_]+)"/.exec(answer.body)?.[1] ?? answer.body.slice(0, 120)}`;
        refusals[why] = (refusals[why] ?? 0) + 1;
      }
      if (withDatabase) await database.start();
      await server.start();

      const after = await state(unit);
      const label = `trial ${trial} (${op.kind} on ${unit.name}, killed after ${Math.round(delay)} ms${withDatabase ? ', database too' : ''})`;
      let outcome: 'complete' | 'untouched' | null = null;
      if (isDeepStrictEqual(after, before)) outcome = 'untouched';
      else if (isDeepStrictEqual(after, op.expect(before, after))) outcome = 'complete';
      if (outcome === null) inconsistencies.push(`${label}: neither untouched nor complete:\nbefore ${JSON.stringify(before)}\nafter  ${JSON.stringify(after)}\nwanted ${JSON.stringify(op.expect(before, after))}`);
      // What the server acknowledged survived the crash; what it refused left nothing.
      if (ack === true && outcome !== 'complete') inconsistencies.push(`${label}: acknowledged but not saved`);
      if (ack === false && outcome !== 'untouched') inconsistencies.push(`${label}: refused but changed`);
      if (outcome) (outcomes[op.kind] ??= { complete: 0, untouched: 0 })[outcome]++;
      const broken = await withClient(database.url, brokenInvariants);
      if (Object.keys(broken).length) inconsistencies.push(`${label}: ${JSON.stringify(broken)}`);
      const health = await getJson(`${server.base}/api/health`);
      if (health.status !== 200 || (health.body?.database as { status?: string } | undefined)?.status !== 'up') inconsistencies.push(`${label}: health ${JSON.stringify(health)}`);
    }
    const total = Object.values(outcomes).reduce((s, o) => ({ complete: s.complete + o.complete, untouched: s.untouched + o.untouched }), { complete: 0, untouched: 0 });
    const mean = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) / Math.max(xs.length, 1));
    const seconds = Math.round((performance.now() - started) / 1000);
    console.log(
      [
        ...log,
        `crash consistency: ${TRIALS} trials (${databaseKills} with the database killed), ${inconsistencies.length} inconsistencies`,
        `  outcomes: ${Object.entries(outcomes).map(([k, o]) => `${k} ${o.complete} complete / ${o.untouched} untouched`).join(', ')}`,
        ...(Object.keys(refusals).length ? [`  answered with a refusal before the kill: ${JSON.stringify(refusals)}`] : []),
        `  checked after each restart: the trial's report untouched or complete (values, evidence bytes, submissions, audit, comments, notifications), acknowledged => saved, refused => untouched, ${Object.keys(INVARIANTS).length} invariants over all reports and files, /api/health with the database up`,
        `  build ${timings.buildS.toFixed(0)} s, setup ${timings.setupS.toFixed(0)} s, trials ${seconds} s; server restart ${mean(server.starts)} ms, database restart after SIGKILL ${mean(database.restarts)} ms (mean; the stale lock cleared by lib/db/embedded.ts ${database.staleLocksCleared} times)`,
      ].join('\n'),
    );
    expect(inconsistencies).toEqual([]);
    // The kills fell both before and after commits, on every kind of step.
    expect(total.complete).toBeGreaterThan(0);
    expect(total.untouched).toBeGreaterThan(0);
    if (TRIALS >= 50) {
      for (const kind of ['save', 'upload', 'submit'] as const) expect(outcomes[kind].complete + outcomes[kind].untouched, `${kind} trials`).toBeGreaterThanOrEqual(5);
      expect(databaseKills).toBeGreaterThanOrEqual(10);
    }
    expect(database.staleLocksCleared).toBe(databaseKills);
  }, 900_000);

  it('leaves no password, e-mail address or name of a person in the server output, also when the database fails under it', async () => {
    const wrong = 'Sai-Mat-Khau-2026!';
    /** A sign-in as the browser sends it; true when a session came back. */
    const attemptSignIn = async (username: string, password: string) => {
      const csrf = await fetch(`${server.base}/api/auth/csrf`);
      const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const response = await fetch(`${server.base}/api/auth/callback/credentials`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: server.base },
        body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${server.base}/`, json: 'true' }),
      });
      return response.headers.getSetCookie().some((c) => c.startsWith('next-auth.session-token='));
    };
    const editable = [];
    for (const u of units) if (['DRAFT', 'RETURNED'].includes((await state(u)).report?.status ?? '')) editable.push(u);
    expect(editable.length).toBeGreaterThan(0);
    const unit = editable[0];

    // The usual flow: a wrong password, a right one, a save naming a person, a refused upload named after one.
    expect(await attemptSignIn(unit.officer, wrong)).toBe(false);
    expect(await attemptSignIn(unit.officer, DEMO_PASSWORD)).toBe(true);
    const report = (await state(unit)).report!;
    await must(saveDraft(unit, report.version, 999, `Ghi chú của ${names[0]}`).sent, 'a save');
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const refusedUpload = await upload(unit, report.id, null, `${names[1]}.pdf`, html).answered;
    expect('status' in refusedUpload && refusedUpload.status === 200 && !/"ok":true/.test(refusedUpload.body)).toBe(true);

    // The failure paths, which log: the database killed under the running server.
    database.kill();
    expect(await attemptSignIn(unit.head, DEMO_PASSWORD)).toBe(false);
    const failed = await saveDraft(unit, report.version + 1, 1000, `Ý kiến của ${names[2]}, email ${unit.officer}@caobang.gov.vn`).sent.answered;
    expect('status' in failed && !/"ok":true/.test(failed.body)).toBe(true);
    expect((await getJson(`${server.base}/api/health`)).status).toBe(503);
    // ... and back, without restarting the server: its pool reconnects by itself.
    await database.start();
    const until = performance.now() + 30_000;
    while ((await getJson(`${server.base}/api/health`)).status !== 200) {
      expect(performance.now()).toBeLessThan(until);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await attemptSignIn(unit.head, DEMO_PASSWORD)).toBe(true);

    const output = server.output.normalize('NFC');
    const found: string[] = [];
    for (const secret of [DEMO_PASSWORD, wrong]) if (output.includes(secret)) found.push(`password ${secret}`);
    for (const email of output.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? []) found.push(`e-mail ${email}`);
    for (const name of names) if (output.includes(name.normalize('NFC'))) found.push(`name ${name}`);
    expect(found).toEqual([]);
    const errors = output.split('\n').filter((l) => /error|failed/i.test(l)).length;
    console.log(
      `server output: ${output.split('\n').length} lines over ${server.starts.length} starts (${errors} of them errors, from the database killed under the server), no password (2 looked for), no e-mail address, none of ${names.length} people's names; the running server reconnected to the restarted database by itself`,
    );
  }, 120_000);
});
