/**
 * Issue 6, point 3: many people acting on the same reports at the same instant. Through the domain
 * functions, with the app's own pooled client (DATABASE_POOL_SIZE, default 10: calls queue on it as
 * they would in one server). What must hold: one winner per conflicting transition, no lost update
 * in a chain of saves, one audit row per state change, one notification per event and reader.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { isDomainError } from '@/lib/errors';
import { reportingContext } from '@/lib/reporting/context';
import { addEvidence, saveReportDraft, submitReport } from '@/lib/reporting/report-service';
import { acceptReport, returnReport } from '@/lib/review/report-review';
import { demoValue } from '@/prisma/seed/demo-values';
import { makeActor } from './admin-fixtures';

type Unit = { id: number; name: string; officer: Actor; head: Actor };

let q3: { id: number; year: number; number: number };
let reviewers: Actor[];
let units: Unit[];
const checked: string[] = [];

const pdf = (name: string) => new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, ...new Array(500).fill(0x20)])], name, { type: 'application/pdf' });

/** What a call ended in: its value, or the DomainError code (anything else is a defect: the "500"). */
async function outcome<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: string }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, code: error.code };
    throw error;
  }
}

/** Plausible figures for every element the unit reports (parts within totals), and evidence where required. */
async function fillValidDraft(unit: Unit): Promise<{ reportId: number; version: number; values: Record<string, string> }> {
  const ctx = await reportingContext(db, unit.id, q3.id, unit.officer.provinceId);
  const figures = new Map<string, number>();
  for (let pass = 0; pass < 2; pass++) for (const e of ctx.elements) figures.set(e.code, demoValue(e.code, unit.id, q3.year, q3.number, figures));
  const values = Object.fromEntries(ctx.elements.map((e) => [e.code, String(figures.get(e.code))]));
  const saved = await saveReportDraft(unit.officer, { unitId: unit.id, periodId: q3.id, version: 0, values, notes: {}, note: null, narrative: null });
  for (const e of ctx.elements.filter((el) => el.evidenceRequired)) {
    await addEvidence(unit.officer, { reportId: saved.reportId, elementCode: e.code, file: pdf(`${e.code}.pdf`) });
  }
  return { reportId: saved.reportId, version: saved.version, values };
}

async function submitted(unit: Unit) {
  const draft = await fillValidDraft(unit);
  await submitReport(unit.head, { reportId: draft.reportId, version: draft.version });
  return db.report.findUniqueOrThrow({ where: { id: draft.reportId } });
}

const auditCount = (reportId: number, actions: string[]) =>
  db.auditEvent.count({ where: { entityType: 'Report', entityId: String(reportId), action: { in: actions } } });

/** Notifications of one event (the dedupe key's prefix), per reader. */
async function notificationsOf(eventPrefix: string) {
  const rows = await db.notification.findMany({ where: { dedupeKey: { startsWith: eventPrefix } }, select: { userId: true } });
  return rows.map((r) => r.userId).sort((a, b) => a - b);
}

beforeAll(async () => {
  setClock('2026-10-05T09:00:00+07:00');
  q3 = await db.reportingPeriod.findFirstOrThrow({ where: { type: 'QUARTER', year: 2026, number: 3, isBaseline: false } });
  // 70 units, each with an officer and a head: communes and wards first (their form has the
  // dossier counts the save chains use), then other units whose quarter report has figures.
  const all = await db.unit.findMany({ where: { kind: { not: 'SUB_UNIT' } }, orderBy: { id: 'asc' }, select: { id: true, name: true, kind: true } });
  const local = all.filter((u) => u.kind === 'COMMUNE' || u.kind === 'WARD');
  const others = [];
  for (const u of all.filter((x) => !local.includes(x))) {
    if ((await reportingContext(db, u.id, q3.id, (await db.unit.findUniqueOrThrow({ where: { id: u.id } })).provinceId)).elements.length > 0) others.push(u);
  }
  units = [];
  for (const u of [...local, ...others].slice(0, 70)) {
    units.push({ id: u.id, name: u.name, officer: await makeActor('UNIT_OFFICER', u.name, `Cán bộ ${u.name}`), head: await makeActor('UNIT_HEAD', u.name, `Chủ tịch ${u.name}`) });
  }
  expect(units).toHaveLength(70);
  reviewers = [];
  for (let i = 0; i < 100; i++) reviewers.push(await makeActor('REVIEWER', 'Sở Nội vụ', `Chuyên viên ${i + 1}`));
}, 120_000);

beforeEach(() => {
  // Q3/2026 ended 30/09, due 10/10: on 05/10 it is open and on time.
  setClock('2026-10-05T09:00:00+07:00');
});

describe('concurrent submissions and reviews', () => {
  it('100 reviewers deciding the same submission at once: exactly one wins, on each of several reports', async () => {
    const contested = units.slice(6, 10);
    const reports = [];
    for (const unit of contested) reports.push(await submitted(unit));
    // All the decisions on all the reports at the same instant: 400 calls.
    const results = await Promise.all(
      reports.flatMap((report) =>
        reviewers.map((reviewer, i) =>
          outcome(
            i % 2 === 0
              ? acceptReport(reviewer, report.id, report.version).then(() => 'accept' as const)
              : returnReport(reviewer, report.id, report.version, [{ elementId: null, text: `Ý kiến của chuyên viên ${i + 1}.` }]).then(() => 'return' as const),
          ),
        ),
      ),
    );
    for (const [r, report] of reports.entries()) {
      const mine = results.slice(r * 100, (r + 1) * 100);
      const winners = mine.filter((o) => o.ok);
      expect(winners).toHaveLength(1);
      const losers = mine.filter((o): o is { ok: false; code: string } => !o.ok);
      expect(losers).toHaveLength(99);
      for (const loser of losers) expect(['STALE', 'INVALID_STATE']).toContain(loser.code);
      const won = (winners[0] as { ok: true; value: 'accept' | 'return' }).value;
      const after = await db.report.findUniqueOrThrow({ where: { id: report.id } });
      expect(after).toMatchObject({ status: won === 'accept' ? 'ACCEPTED' : 'RETURNED', version: report.version + 1 });
      // One audit row for the one change, saying what it was; the winner's comment only.
      const decisions = await db.auditEvent.findMany({ where: { entityType: 'Report', entityId: String(report.id), action: { in: ['report.accept', 'report.return'] } } });
      expect(decisions).toHaveLength(1);
      expect(decisions[0]).toMatchObject({ action: `report.${won}`, fromStatus: 'SUBMITTED', toStatus: after.status, actorId: after.reviewedById });
      expect(await db.reviewComment.count({ where: { reportId: report.id } })).toBe(won === 'return' ? 1 : 0);
      // The unit's two accounts hear of it once each, and never of the decision that lost.
      const unit = contested[r];
      expect(await notificationsOf(`report-${won}:${report.id}:`)).toEqual([unit.officer.id, unit.head.id].sort((a, b) => a - b));
      expect(await notificationsOf(`report-${won === 'accept' ? 'return' : 'accept'}:${report.id}:`)).toEqual([]);
    }
    checked.push(`${results.length} simultaneous decisions on ${reports.length} submissions: one winner each, ${results.length - reports.length} refused STALE/INVALID_STATE, one audit row and one notification per reader per decision`);
  }, 120_000);

  it('100 submissions at once on 50 reports (two presses each): one submission per report, one version, one audit row, one notice per reviewer', async () => {
    const pressing = units.slice(10, 60);
    const drafts = [];
    for (const unit of pressing) drafts.push(await fillValidDraft(unit));
    const results = await Promise.all(
      drafts.flatMap((draft, i) => [0, 1].map(() => outcome(submitReport(pressing[i].head, { reportId: draft.reportId, version: draft.version })))),
    );
    const reviewerIds = reviewers.map((r) => r.id).sort((a, b) => a - b);
    for (const [i, draft] of drafts.entries()) {
      const pair = results.slice(i * 2, i * 2 + 2);
      expect(pair.filter((o) => o.ok)).toHaveLength(1);
      const loser = pair.find((o) => !o.ok) as { ok: false; code: string };
      expect(['STALE', 'INVALID_STATE']).toContain(loser.code);
      const report = await db.report.findUniqueOrThrow({ where: { id: draft.reportId }, include: { versions: true } });
      expect(report).toMatchObject({ status: 'SUBMITTED', version: draft.version + 1, submissionCount: 1 });
      expect(report.submittedAt).not.toBeNull();
      expect(report.versions.map((v) => v.number)).toEqual([1]);
      // What the reviewer will read is exactly what was saved.
      expect((report.versions[0].snapshot as { values: Record<string, { rawValue: string }> }).values).toEqual(
        Object.fromEntries(Object.entries(draft.values).map(([code, raw]) => [code, expect.objectContaining({ rawValue: raw })])),
      );
      expect(await auditCount(report.id, ['report.submit'])).toBe(1);
      expect(await notificationsOf(`report-submitted:${report.id}:`)).toEqual(reviewerIds);
    }
    checked.push(`${results.length} simultaneous submissions on ${drafts.length} reports: one SubmissionVersion, one audit row and ${reviewerIds.length} reviewer notices (one each) per report`);
  }, 180_000);

  it('100 first saves of the same report at once: one creates it, the others are told to reload', async () => {
    const unit = units[0];
    const editors = [unit.officer, unit.head];
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        outcome(saveReportDraft(editors[i % 2], { unitId: unit.id, periodId: q3.id, version: 0, values: { DOSSIERS_TOTAL: String(1000 + i) }, notes: {}, note: null, narrative: null })),
      ),
    );
    const winners = results.flatMap((o, i) => (o.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const o of results) if (!o.ok) expect(o.code).toBe('STALE');
    const report = await db.report.findFirstOrThrow({ where: { unitId: unit.id, periodId: q3.id }, include: { values: { include: { element: true } } } });
    expect(report.version).toBe(1);
    expect(report.values.map((v) => [v.element.code, v.rawValue])).toEqual([['DOSSIERS_TOTAL', String(1000 + winners[0])]]);
    expect(await auditCount(report.id, ['report.save'])).toBe(1);
    checked.push('100 simultaneous first saves of one report: 1 created it (its value kept, 1 audit row), 99 STALE');
  }, 60_000);

  it('no lost update: 100 editors saving in version chains on 5 reports, each retrying on a conflict', async () => {
    const chains = units.slice(1, 6);
    const SAVES_EACH = 2;
    const EDITORS_PER_REPORT = 20;
    const accepted = new Map<number, Array<{ version: number; value: string }>>();
    let conflicts = 0;
    const reportIds: number[] = [];
    for (const unit of chains) {
      const first = await saveReportDraft(unit.officer, { unitId: unit.id, periodId: q3.id, version: 0, values: { DOSSIERS_TOTAL: '1' }, notes: {}, note: null, narrative: null });
      reportIds.push(first.reportId);
      accepted.set(first.reportId, [{ version: first.version, value: '1' }]);
    }
    // Each editor reads the version, saves its own value, and on STALE reads again: a read-modify-write loop.
    const editor = async (unit: Unit, reportId: number, index: number) => {
      const actor = index % 2 === 0 ? unit.officer : unit.head;
      for (let n = 0; n < SAVES_EACH; n++) {
        const value = String(100_000 + index * 100 + n);
        for (let attempt = 0; ; attempt++) {
          expect(attempt).toBeLessThan(500);
          const { version } = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } });
          const result = await outcome(saveReportDraft(actor, { unitId: unit.id, periodId: q3.id, version, values: { DOSSIERS_TOTAL: value }, notes: {}, note: null, narrative: null }));
          if (result.ok) {
            expect(result.value.version).toBe(version + 1);
            accepted.get(reportId)!.push({ version: result.value.version, value });
            break;
          }
          expect(result.code).toBe('STALE');
          conflicts++;
        }
      }
    };
    await Promise.all(chains.flatMap((unit, u) => Array.from({ length: EDITORS_PER_REPORT }, (_, i) => editor(unit, reportIds[u], i))));

    for (const reportId of reportIds) {
      const chain = accepted.get(reportId)!.sort((a, b) => a.version - b.version);
      // Every accepted save took a version of its own, one after another: no two wrote on the same base.
      expect(chain.map((c) => c.version)).toEqual(Array.from({ length: 1 + EDITORS_PER_REPORT * SAVES_EACH }, (_, i) => i + 1));
      const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, include: { values: true } });
      expect(report.version).toBe(chain.at(-1)!.version);
      // The saved value is the last accepted write of the chain.
      expect(report.values.map((v) => v.rawValue)).toEqual([chain.at(-1)!.value]);
      // One audit row per accepted save, in the same order, each recording the value it replaced.
      const audits = await db.auditEvent.findMany({ where: { entityType: 'Report', entityId: String(reportId), action: 'report.save' }, orderBy: { id: 'asc' } });
      expect(audits).toHaveLength(chain.length);
      const changes = audits.map((a) => (a.after as { changes: Record<string, [string | null, string | null]> }).changes.DOSSIERS_TOTAL);
      expect(changes.map((c) => c[1])).toEqual(chain.map((c) => c.value));
      expect(changes.map((c) => c[0])).toEqual([null, ...chain.slice(0, -1).map((c) => c.value)]);
    }
    checked.push(
      `${EDITORS_PER_REPORT * chains.length} editors in read-save-retry loops on ${chains.length} reports: ${EDITORS_PER_REPORT * SAVES_EACH * chains.length} saves accepted on consecutive versions, ${conflicts} conflicts refused STALE, the last accepted value kept, audit rows equal to the chain (each with the value it replaced)`,
    );
  }, 180_000);

  it('a submission racing with saves and evidence uploads: the submitted snapshot is what the report holds', async () => {
    let submittedWon = 0;
    let othersWon = 0;
    for (const unit of units.slice(60, 70)) {
      const ctx = await reportingContext(db, unit.id, q3.id, unit.officer.provinceId);
      const { values, ...saved } = await fillValidDraft(unit);
      // The largest figure is a total, never a part: raising it keeps the draft valid.
      const total = ctx.elements.reduce((a, b) => (Number(values[b.code]) > Number(values[a.code]) ? b : a));
      // 1 submission, then 10 saves of a higher total (still valid) and 9 uploads, each at a random
      // moment within the submission's own run time, so that either side may win.
      const later = <T,>(make: () => Promise<T>) => new Promise<T>((resolve, reject) => setTimeout(() => make().then(resolve, reject), Math.random() * 120));
      const results = await Promise.all([
        outcome(submitReport(unit.head, { reportId: saved.reportId, version: saved.version }).then(() => 'submit')),
        ...Array.from({ length: 10 }, (_, i) =>
          outcome(
            later(() =>
              saveReportDraft(unit.officer, { unitId: unit.id, periodId: q3.id, version: saved.version, values: { ...values, [total.code]: String(Number(values[total.code]) + i + 1) }, notes: {}, note: null, narrative: null }),
            ).then(() => 'save'),
          ),
        ),
        ...Array.from({ length: 9 }, (_, i) => outcome(later(() => addEvidence(unit.officer, { reportId: saved.reportId, elementCode: null, file: pdf(`them-${i}.pdf`) })).then(() => 'upload'))),
      ]);
      for (const o of results) if (!o.ok) expect(['STALE', 'INVALID_STATE']).toContain(o.code);
      const versionMovers = results.slice(0, 11).filter((o) => o.ok);
      expect(versionMovers).toHaveLength(1);
      const after = await db.report.findUniqueOrThrow({ where: { id: saved.reportId }, include: { values: { include: { element: true } }, evidence: true, versions: true } });
      if (after.status === 'SUBMITTED') {
        submittedWon++;
        const snapshot = after.versions.at(-1)!.snapshot as { values: Record<string, { rawValue: string }>; evidence: Array<{ fileId: number }> };
        expect(Object.fromEntries(Object.entries(snapshot.values).map(([code, v]) => [code, v.rawValue]))).toEqual(
          Object.fromEntries(after.values.map((v) => [v.element.code, v.rawValue])),
        );
        // Evidence attached to a submitted report must be part of what was submitted.
        expect(after.evidence.map((e) => e.fileId).sort()).toEqual(snapshot.evidence.map((e) => e.fileId).sort());
      } else {
        othersWon++;
        expect(after.versions).toHaveLength(0);
        expect(await auditCount(after.id, ['report.submit'])).toBe(0);
      }
      const uploads = results.slice(11).filter((o) => o.ok).length;
      expect(await auditCount(after.id, ['report.evidence-add'])).toBe(ctx.elements.filter((e) => e.evidenceRequired).length + uploads);
      // A refused upload left no file behind.
      expect(await db.storedFile.count({ where: { unitId: unit.id } })).toBe(after.evidence.length);
    }
    checked.push(`10 races of 1 submission, 10 saves and 9 uploads on one report: one version change each (${submittedWon} submissions won, ${othersWon} saves won); a submitted snapshot equals the stored values and evidence, refused uploads left no file`);
  }, 120_000);
});

describe('summary', () => {
  it('prints what was checked', () => {
    expect(checked.length).toBe(5);
    console.log(`concurrency:\n  - ${checked.join('\n  - ')}`);
  });
});
