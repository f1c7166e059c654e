import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { addEvidence, saveReportDraft, submitReport } from '@/lib/reporting/report-service';
import { acceptReport, reopenPeriodForUnit, reopenReport, returnReport } from '@/lib/review/report-review';
import { getReportForm } from '@/lib/reporting/queries';
import { getReportForReview } from '@/lib/review/report-detail';
import { getReportHistory } from '@/lib/reporting/history';
import { acceptedHistory } from '@/lib/reporting/snapshot';
import { countUnread } from '@/lib/notifications/queries';
import { domainError, makeActor, unitNamed } from './admin-fixtures';

const COMMUNE = 'Xã Cốc Pàng';
const OTHER = 'Xã Đức Long';
let officer: Actor;
let head: Actor;
let reviewer: Actor;
let reviewer2: Actor;
let outsider: Actor;
let q3: { id: number };

async function period(type: 'QUARTER' | 'YEAR', year: number, number: number) {
  return db.reportingPeriod.findFirstOrThrow({ where: { type, year, number, isBaseline: false } });
}

function draft(version: number, values: Record<string, string | null>, extra: Partial<{ note: string | null; notes: Record<string, string | null> }> = {}) {
  return { unitId: officer.unitId!, periodId: q3.id, version, values, notes: extra.notes ?? {}, note: extra.note ?? null, narrative: 'Thuyết minh kỳ báo cáo.' };
}

const pdf = (name = 'minh-chung.pdf', bytes = 2000) => new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, ...new Array(bytes).fill(0x20)])], name, { type: 'application/pdf' });

beforeAll(async () => {
  officer = await makeActor('UNIT_OFFICER', COMMUNE, 'Cán bộ xã');
  head = await makeActor('UNIT_HEAD', COMMUNE, 'Chủ tịch xã');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên A');
  reviewer2 = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên B');
  outsider = await makeActor('UNIT_OFFICER', OTHER, 'Cán bộ xã khác');
  q3 = await period('QUARTER', 2026, 3);
});

beforeEach(() => {
  // Q3/2026 ended 30/09, due 10/10: on 05/10 it is open and on time.
  setClock('2026-10-05T09:00:00+07:00');
});

describe('the unit-to-Home-Affairs loop', () => {
  it('saves drafts with invalid values, validates only on submission, and keeps every step in the audit', async () => {
    const first = await saveReportDraft(officer, draft(0, { DOSSIERS_TOTAL: '1.200', DOSSIERS_ONLINE: 'abc' }));
    expect(first.version).toBe(1);
    expect(first.hints['v.DOSSIERS_ONLINE']).toHaveLength(1);
    const saved = await db.reportValue.findMany({ where: { reportId: first.reportId }, include: { element: true } });
    expect(saved.find((v) => v.element.code === 'DOSSIERS_TOTAL')?.value?.toString()).toBe('1200');
    expect(saved.find((v) => v.element.code === 'DOSSIERS_ONLINE')).toMatchObject({ rawValue: 'abc', value: null });

    // Submitting refuses the invalid value and the part above its total, saying which field.
    const refused = await domainError(submitReport(head, { reportId: first.reportId, version: first.version }));
    expect(refused.code).toBe('VALIDATION');
    expect(Object.keys(refused.fieldErrors)).toContain('v.DOSSIERS_ONLINE');
    const second = await saveReportDraft(officer, draft(1, { DOSSIERS_TOTAL: '1.200', DOSSIERS_ONLINE: '1.300' }));
    const overTotal = await domainError(submitReport(head, { reportId: first.reportId, version: second.version }));
    expect(overTotal.fieldErrors['v.DOSSIERS_ONLINE']).toEqual([expect.objectContaining({ messageKey: 'reporting.validation.partAboveTotal' })]);
    expect((await db.report.findUniqueOrThrow({ where: { id: first.reportId } })).status).toBe('DRAFT');

    // Only the unit head submits.
    const third = await saveReportDraft(officer, draft(2, { DOSSIERS_TOTAL: '1.200', DOSSIERS_ONLINE: '900' }));
    expect((await domainError(submitReport(officer, { reportId: first.reportId, version: third.version }))).code).toBe('FORBIDDEN');
    const { late } = await submitReport(head, { reportId: first.reportId, version: third.version });
    expect(late).toBe(false);

    const report = await db.report.findUniqueOrThrow({ where: { id: first.reportId }, include: { versions: true } });
    expect(report).toMatchObject({ status: 'SUBMITTED', submissionCount: 1, late: false, submittedById: head.id });
    expect(report.versions).toHaveLength(1);
    const audit = await db.auditEvent.findMany({ where: { entityType: 'Report', entityId: String(report.id) }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['report.save', 'report.save', 'report.save', 'report.submit']);
    expect(audit.at(-1)).toMatchObject({ fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorId: head.id });
    // The reviewers are told.
    expect(await db.notification.count({ where: { userId: reviewer.id, kind: 'REPORT_SUBMITTED' } })).toBe(1);
    // The bell counts what is unread, the reviewer's own only.
    const unread = await db.notification.count({ where: { userId: reviewer.id, readAt: null } });
    expect(unread).toBeGreaterThan(0);
    expect(await countUnread(reviewer)).toBe(unread);
    await db.notification.updateMany({ where: { userId: reviewer.id }, data: { readAt: new Date() } });
    expect(await countUnread(reviewer)).toBe(0);

    // Submitted means locked for the unit.
    expect((await domainError(saveReportDraft(officer, draft(report.version, { DOSSIERS_TOTAL: '1' })))).code).toBe('INVALID_STATE');
    const form = await getReportForm(officer, officer.unitId!, q3.id);
    expect(form.lock).toEqual({ editable: false, canSubmit: false, reason: 'SUBMITTED' });

    // Returned with one consolidated list of comments, shown beside the fields.
    const element = await db.dataElement.findFirstOrThrow({ where: { code: 'DOSSIERS_ONLINE' } });
    await returnReport(reviewer, report.id, report.version, [
      { elementId: element.id, text: 'Số hồ sơ trực tuyến chưa khớp với hệ thống một cửa.' },
      { elementId: null, text: 'Bổ sung thuyết minh về mô hình hay.' },
    ]);
    const returned = await getReportForm(officer, officer.unitId!, q3.id);
    expect(returned.lock.editable).toBe(true);
    expect(returned.comments.map((c) => c.elementCode)).toEqual(['DOSSIERS_ONLINE', null]);
    expect(await db.notification.count({ where: { userId: officer.id, kind: 'REPORT_RETURNED' } })).toBe(1);

    // The unit fixes it; the resubmission shows the reviewer what changed.
    const fixed = await saveReportDraft(officer, draft(returned.report!.version, { DOSSIERS_TOTAL: '1.200', DOSSIERS_ONLINE: '950' }, { note: 'Đã đối chiếu với hệ thống một cửa.' }));
    await submitReport(head, { reportId: report.id, version: fixed.version });
    const review = await getReportForReview(reviewer, report.id);
    expect(review.diff?.values.map((v) => [v.code, v.before?.value, v.after?.value])).toEqual([['DOSSIERS_ONLINE', '900', '950']]);
    expect(review.diff?.note?.after).toBe('Đã đối chiếu với hệ thống một cửa.');

    // Accepted data is locked and says so; reopening needs a reason and is audited.
    await acceptReport(reviewer, report.id, review.report.version);
    const accepted = await getReportForm(officer, officer.unitId!, q3.id);
    expect(accepted.lock.reason).toBe('ACCEPTED');
    // The outlier check's history: the unit's accepted reports with their values, but the one asked to leave out.
    const in2026 = (history: Awaited<ReturnType<typeof acceptedHistory>>) => history.filter((h) => h.period.year === 2026);
    expect(in2026(await acceptedHistory(officer.unitId!, null))).toEqual([
      { period: { type: 'QUARTER', year: 2026, number: 3 }, values: { DOSSIERS_TOTAL: '1200', DOSSIERS_ONLINE: '950' } },
    ]);
    expect(in2026(await acceptedHistory(officer.unitId!, report.id))).toEqual([]);
    expect(in2026(await acceptedHistory(outsider.unitId!, null))).toEqual([]);
    const acceptedVersion = (await db.report.findUniqueOrThrow({ where: { id: report.id } })).version;
    await reopenReport(reviewer, report.id, acceptedVersion, 'Sai số liệu quý 3 theo phản ánh của Thanh tra.');
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe('RETURNED');
    const reopened = await db.auditEvent.findFirstOrThrow({ where: { action: 'report.reopen', entityId: String(report.id) } });
    expect(reopened).toMatchObject({ fromStatus: 'ACCEPTED', toStatus: 'RETURNED', actorId: reviewer.id });

    // The history shows every step, a person's saves in a row folded into one (a save by another person starts a new one).
    await saveReportDraft(officer, draft((await db.report.findUniqueOrThrow({ where: { id: report.id } })).version, { DOSSIERS_TOTAL: '1.201' }));
    const other = await makeActor('UNIT_OFFICER', COMMUNE, 'Cán bộ xã thứ hai');
    await saveReportDraft(other, draft((await db.report.findUniqueOrThrow({ where: { id: report.id } })).version, { DOSSIERS_TOTAL: '1.202' }));
    const history = await getReportHistory(reviewer, { id: report.id, unitId: officer.unitId! });
    expect(history.map((h) => [h.action, h.count, h.actorName])).toEqual([
      ['report.save', 3, 'Cán bộ xã'],
      ['report.submit', 1, 'Chủ tịch xã'],
      ['report.return', 1, 'Chuyên viên A'],
      ['report.save', 1, 'Cán bộ xã'],
      ['report.submit', 1, 'Chủ tịch xã'],
      ['report.accept', 1, 'Chuyên viên A'],
      ['report.reopen', 1, 'Chuyên viên A'],
      ['report.save', 1, 'Cán bộ xã'],
      ['report.save', 1, 'Cán bộ xã thứ hai'],
    ]);
    const saves = await db.auditEvent.findMany({ where: { action: 'report.save', entityId: String(report.id) }, orderBy: { id: 'asc' }, take: 3 });
    expect(history[0]).toMatchObject({ id: saves[0].id, createdAt: saves[0].createdAt, lastAt: saves[2].createdAt });
    expect(history[1]).toMatchObject({ fromStatus: 'DRAFT', toStatus: 'SUBMITTED' });
    // only those who may read the unit's data
    expect((await domainError(getReportHistory(outsider, { id: report.id, unitId: officer.unitId! }))).code).toBe('FORBIDDEN');
  });

  it('lets exactly one of two reviewers win a decision on the same submission', async () => {
    const unit = await makeActor('UNIT_HEAD', 'Xã Bảo Lạc', 'Chủ tịch Bảo Lạc');
    const saved = await saveReportDraft(unit, { unitId: unit.unitId!, periodId: q3.id, version: 0, values: { DOSSIERS_TOTAL: '500', DOSSIERS_ONLINE: '400' }, notes: {}, note: null, narrative: null });
    await submitReport(unit, { reportId: saved.reportId, version: saved.version });
    const { version } = await db.report.findUniqueOrThrow({ where: { id: saved.reportId } });
    const results = await Promise.allSettled([
      acceptReport(reviewer, saved.reportId, version),
      returnReport(reviewer2, saved.reportId, version, [{ elementId: null, text: 'Thiếu minh chứng.' }]),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(['STALE', 'INVALID_STATE']).toContain(loser.reason.code);
    const decisions = await db.auditEvent.count({ where: { entityId: String(saved.reportId), action: { in: ['report.accept', 'report.return'] } } });
    expect(decisions).toBe(1);
  });

  it('never lets one editor silently overwrite another', async () => {
    const a = await makeActor('UNIT_OFFICER', 'Xã Lý Bôn', 'Cán bộ A');
    const b = await makeActor('UNIT_HEAD', 'Xã Lý Bôn', 'Chủ tịch B');
    const base = { unitId: a.unitId!, periodId: q3.id, notes: {}, note: null, narrative: null };
    const first = await saveReportDraft(a, { ...base, version: 0, values: { DOSSIERS_TOTAL: '100' } });
    await saveReportDraft(b, { ...base, version: first.version, values: { DOSSIERS_TOTAL: '200' } });
    const stale = await domainError(saveReportDraft(a, { ...base, version: first.version, values: { DOSSIERS_TOTAL: '300' } }));
    expect(stale.code).toBe('STALE');
    const value = await db.reportValue.findFirstOrThrow({ where: { reportId: first.reportId, element: { code: 'DOSSIERS_TOTAL' } } });
    expect(value.value?.toString()).toBe('200');
    // Two first saves at once: one creates the report, the other is told to reload.
    const c = await makeActor('UNIT_OFFICER', 'Xã Nam Quang', 'Cán bộ C');
    const results = await Promise.allSettled([0, 1].map((i) => saveReportDraft(c, { ...base, unitId: c.unitId!, version: 0, values: { DOSSIERS_TOTAL: String(i) } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.report.count({ where: { unitId: c.unitId! } })).toBe(1);
  });

  it('marks a submission after the due day late, closes the period after expiry, and lets Home Affairs reopen it for one unit', async () => {
    const unit = await makeActor('UNIT_HEAD', 'Xã Quảng Lâm', 'Chủ tịch Quảng Lâm');
    const base = { unitId: unit.unitId!, periodId: q3.id, notes: {}, note: null, narrative: null };
    setClock('2026-10-20T09:00:00+07:00');
    const saved = await saveReportDraft(unit, { ...base, version: 0, values: { DOSSIERS_TOTAL: '50', DOSSIERS_ONLINE: '10' } });
    expect((await submitReport(unit, { reportId: saved.reportId, version: saved.version })).late).toBe(true);

    // Expiry: 60 days after 10/10 is 09/12; on 10/12 a unit without a report cannot start one.
    const closedUnit = await makeActor('UNIT_OFFICER', 'Xã Yên Thổ', 'Cán bộ Yên Thổ');
    setClock('2026-12-10T09:00:00+07:00');
    const closed = await domainError(saveReportDraft(closedUnit, { ...base, unitId: closedUnit.unitId!, version: 0, values: { DOSSIERS_TOTAL: '1' } }));
    expect(closed.code).toBe('PERIOD_CLOSED');
    expect(await db.report.count({ where: { unitId: closedUnit.unitId! } })).toBe(0);
    const form = await getReportForm(closedUnit, closedUnit.unitId!, q3.id);
    expect(form.lock.reason).toBe('PERIOD_CLOSED');

    await reopenPeriodForUnit(reviewer, { periodId: q3.id, unitId: closedUnit.unitId!, until: '2026-12-20', reason: 'Đơn vị mới kiện toàn cán bộ.' });
    const reopened = await saveReportDraft(closedUnit, { ...base, unitId: closedUnit.unitId!, version: 0, values: { DOSSIERS_TOTAL: '1' } });
    expect(reopened.version).toBe(1);
    expect(await db.notification.count({ where: { userId: closedUnit.id, kind: 'PERIOD_REOPENED' } })).toBe(1);
    // Only Home Affairs reopens.
    expect((await domainError(reopenPeriodForUnit(head, { periodId: q3.id, unitId: head.unitId!, until: '2026-12-20', reason: 'x' }))).code).toBe('FORBIDDEN');
  });

  it('keeps units apart: another unit can neither read nor change this unit’s report or files', async () => {
    const mine = await db.report.findFirstOrThrow({ where: { unitId: officer.unitId! } });
    expect((await domainError(getReportForm(outsider, officer.unitId!, q3.id))).code).toBe('FORBIDDEN');
    expect((await domainError(saveReportDraft(outsider, { ...draft(mine.version, { DOSSIERS_TOTAL: '1' }) })) ).code).toBe('FORBIDDEN');
    expect((await domainError(addEvidence(outsider, { reportId: mine.id, elementCode: null, file: pdf() }))).code).toBe('FORBIDDEN');
    const { findReadableFile } = await import('@/lib/files/access');
    const file = await db.storedFile.create({ data: { provinceId: officer.provinceId, unitId: officer.unitId, name: 'x.pdf', mimeType: 'application/pdf', size: 1, sha256: 'x', uploadedById: officer.id } });
    expect(await findReadableFile(outsider, file.id)).toBeNull();
    expect(await findReadableFile(officer, file.id)).not.toBeNull();
    expect(await findReadableFile(reviewer, file.id)).not.toBeNull();
  });

  it('refuses wrong-type and oversized evidence, and a foreign element, writing nothing', async () => {
    const unit = await makeActor('UNIT_OFFICER', 'Xã Cô Ba', 'Cán bộ Cô Ba');
    const saved = await saveReportDraft(unit, { unitId: unit.unitId!, periodId: q3.id, version: 0, values: { DOSSIERS_TOTAL: '10' }, notes: {}, note: null, narrative: null });
    const files = await db.storedFile.count();
    const html = new File(['<html><script>alert(1)</script></html>'], 'bao-cao.pdf', { type: 'application/pdf' });
    expect((await domainError(addEvidence(unit, { reportId: saved.reportId, elementCode: null, file: html }))).messageKey).toBe('fileType');
    expect((await domainError(addEvidence(unit, { reportId: saved.reportId, elementCode: null, file: pdf('lon.pdf', 11 * 1024 * 1024) }))).messageKey).toBe('fileTooLarge');
    expect((await domainError(addEvidence(unit, { reportId: saved.reportId, elementCode: 'GRDP_AGRI_PCT', file: pdf() }))).code).toBe('VALIDATION');
    expect(await db.storedFile.count()).toBe(files);
    const ok = await addEvidence(unit, { reportId: saved.reportId, elementCode: 'DOSSIERS_TOTAL', file: pdf() });
    expect(ok.file.mimeType).toBe('application/pdf');
    expect(await db.fileBlob.count({ where: { fileId: ok.file.id } })).toBe(1);
  });
});
