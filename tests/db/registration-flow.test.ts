import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { saveRegistrationDraft, submitRegistration } from '@/lib/registration/registration-service';
import { acceptRegistration, reopenRegistration, returnRegistration } from '@/lib/registration/registration-review';
import { getRegistrationForm, getUnitRegistrationList } from '@/lib/registration/queries';
import { getRegistrationCompleteness, getRegistrationForReview, getRegistrationQueue } from '@/lib/registration/review-queries';
import type { RegistrationDraftInput } from '@/lib/registration/schema';
import { domainError, makeActor, unitNamed } from './admin-fixtures';

const COMMUNE = 'Xã Cốc Pàng';
const YEAR = 2027;
const ONLINE = 'DAR-ONLINE-PUBLIC-SERVICE-USAGE';
const POVERTY = 'CS-MULTIDIM-POVERTY-REDUCTION';
const SCHOOLS = 'CS-SATELLITE-SCHOOL-SITES-REDUCTION';
const YES_NO_CODES = ['CS-NTM-COMMUNES', 'CS-DRUG-FREE-SECURE-COMMUNES-WARDS', 'CS-COMMUNES-WITH-BOARDING-SCHOOL', 'CS-BORDER-COMMUNES-INTERLEVEL-BOARDING-SCHOOL', 'CS-CB-HPI-COMMUNES', 'DS-DRUG-FREE-COMMUNES-WARDS'];

let officer: Actor;
let head: Actor;
let reviewer: Actor;
let reviewer2: Actor;
let outsider: Actor;
let staff: number[];

/** Persons of a unit (the template database has none). */
async function personsOf(unitName: string, names: string[]) {
  const unit = await unitNamed(unitName);
  const rows = [];
  for (const fullName of names) rows.push(await db.person.create({ data: { unitId: unit.id, fullName, position: 'Công chức' } }));
  return rows.map((p) => p.id);
}

/** A complete registration for the commune, with changes on top. */
function complete(actor: Actor, version: number, overrides: Partial<RegistrationDraftInput> = {}, targets: RegistrationDraftInput['targets'] = {}): RegistrationDraftInput {
  return {
    unitId: actor.unitId!,
    year: YEAR,
    version,
    collectiveTitleCode: 'TTLDXS',
    note: null,
    targets: {
      [ONLINE]: { value: '95' },
      [POVERTY]: { value: '3,5' },
      [SCHOOLS]: { value: '10' },
      ...Object.fromEntries(YES_NO_CODES.map((c) => [c, { value: '1' }])),
      ...targets,
    },
    individuals: staff.map((personId, i) => ({ personId, position: null, titleCode: i === 0 ? 'CSTD_CO_SO' : 'LDTT' })),
    ...overrides,
  };
}

beforeAll(async () => {
  officer = await makeActor('UNIT_OFFICER', COMMUNE, 'Cán bộ xã');
  head = await makeActor('UNIT_HEAD', COMMUNE, 'Chủ tịch xã');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên A');
  reviewer2 = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên B');
  outsider = await makeActor('UNIT_HEAD', 'Xã Đức Long', 'Chủ tịch xã khác');
  staff = await personsOf(COMMUNE, ['Nông Thị Hạnh', 'Hoàng Văn Bình']);
});

beforeEach(() => {
  // The 2027 registration is filed from 01/10/2026 to 31/03/2027.
  setClock('2026-11-05T09:00:00+07:00');
});

describe('emulation registration, from the unit to Home Affairs and back', () => {
  it('runs draft → submit (head only) → return with an indicator comment → fix → resubmit with a diff → accept → locked, with audit and notifications', async () => {
    const form = await getRegistrationForm(officer, officer.unitId!, YEAR);
    expect(form.window).toBe('OPEN');
    expect(form.lock).toEqual({ editable: true, canSubmit: false, reason: null });
    // The commune's readings apply; province-only figures (GRDP) do not.
    const codes = form.indicators.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining([ONLINE, POVERTY, 'CS-NTM-COMMUNES']));
    expect(codes).not.toContain('ECO-GRDP-GROWTH');
    expect(form.indicators.find((i) => i.code === 'CS-NTM-COMMUNES')?.kind).toBe('YES_NO');
    expect(form.indicators.find((i) => i.code === ONLINE)).toMatchObject({ kind: 'VALUE', comparison: 'GREATER_THAN', targetValue: '90' });

    // A partial draft saves; decimals read as 1.234,5.
    const first = await saveRegistrationDraft(officer, { ...complete(officer, 0, { collectiveTitleCode: null }), targets: { [ONLINE]: { value: '92,5', note: 'Theo Đề án 06' }, [POVERTY]: { value: '1.234,5' } } });
    expect(first.version).toBe(1);
    const saved = await db.registrationTarget.findMany({ where: { registrationId: first.registrationId }, include: { indicator: true } });
    expect(Object.fromEntries(saved.map((t) => [t.indicator.code, t.targetValue?.toString()]))).toEqual({ [ONLINE]: '92.5', [POVERTY]: '1234.5' });

    // Submitting checks everything, each error keyed by its indicator or field.
    const incomplete = await domainError(submitRegistration(head, { registrationId: first.registrationId, version: first.version }));
    expect(incomplete.code).toBe('VALIDATION');
    expect(Object.keys(incomplete.fieldErrors).sort()).toEqual(['collectiveTitle', `t.${SCHOOLS}`, ...YES_NO_CODES.map((c) => `t.${c}`)].sort());
    expect(incomplete.fieldErrors[`t.${SCHOOLS}`]).toEqual([expect.objectContaining({ messageKey: 'registration.validation.targetRequired' })]);
    expect(incomplete.fieldErrors['t.CS-NTM-COMMUNES']).toEqual([expect.objectContaining({ messageKey: 'registration.validation.yesNoRequired' })]);

    const second = await saveRegistrationDraft(officer, complete(officer, first.version));
    // The officer prepares; only the head sends.
    expect((await domainError(submitRegistration(officer, { registrationId: first.registrationId, version: second.version }))).code).toBe('FORBIDDEN');
    expect(await submitRegistration(head, { registrationId: first.registrationId, version: second.version })).toEqual({ submission: 1 });
    const registration = await db.registration.findUniqueOrThrow({ where: { id: first.registrationId }, include: { versions: true } });
    expect(registration).toMatchObject({ status: 'SUBMITTED', submissionCount: 1, submittedById: head.id });
    expect(registration.versions).toHaveLength(1);
    expect(await db.notification.count({ where: { userId: reviewer.id, kind: 'REGISTRATION_SUBMITTED' } })).toBe(1);

    // Sent means locked for the unit, and the form says why.
    expect((await domainError(saveRegistrationDraft(officer, complete(officer, registration.version)))).code).toBe('INVALID_STATE');
    expect((await getRegistrationForm(officer, officer.unitId!, YEAR)).lock).toEqual({ editable: false, canSubmit: false, reason: 'SUBMITTED' });

    // Returned with one consolidated list: a comment on one indicator and one on the whole.
    const online = await db.indicator.findFirstOrThrow({ where: { code: ONLINE } });
    await returnRegistration(reviewer, registration.id, registration.version, [
      { indicatorId: online.id, text: 'Chỉ tiêu hồ sơ trực tuyến thấp hơn mức tỉnh giao.' },
      { indicatorId: null, text: 'Bổ sung thuyết minh.' },
    ]);
    const returned = await getRegistrationForm(officer, officer.unitId!, YEAR);
    expect(returned.lock.editable).toBe(true);
    expect(returned.comments.map((c) => [c.indicatorCode, c.text])).toEqual([
      [ONLINE, 'Chỉ tiêu hồ sơ trực tuyến thấp hơn mức tỉnh giao.'],
      [null, 'Bổ sung thuyết minh.'],
    ]);
    expect(await db.notification.count({ where: { userId: officer.id, kind: 'REGISTRATION_RETURNED' } })).toBe(1);

    // The unit fixes the one target; the reviewer sees exactly that in the diff.
    const fixed = await saveRegistrationDraft(officer, complete(officer, returned.registration!.version, {}, { [ONLINE]: { value: '98' } }));
    await submitRegistration(head, { registrationId: registration.id, version: fixed.version });
    const review = await getRegistrationForReview(reviewer, registration.id);
    expect(review.diffFrom).toBe(1);
    expect(review.diff?.targets.map((t) => [t.code, t.before?.value, t.after?.value])).toEqual([[ONLINE, '95', '98']]);
    expect(review.diff?.individuals).toEqual([]);
    expect(review.diff?.collectiveTitle).toBeNull();
    expect(review.versions.map((v) => v.number)).toEqual([1, 2]);

    // Accepted: locked, with its reason; the unit is told.
    await acceptRegistration(reviewer, registration.id, review.registration.version);
    const accepted = await getRegistrationForm(officer, officer.unitId!, YEAR);
    expect(accepted.lock).toEqual({ editable: false, canSubmit: false, reason: 'ACCEPTED' });
    expect((await domainError(saveRegistrationDraft(head, complete(head, accepted.registration!.version)))).code).toBe('INVALID_STATE');
    expect(await db.notification.count({ where: { userId: head.id, kind: 'REGISTRATION_ACCEPTED' } })).toBe(1);

    // Every step is in the audit: who, from, to.
    const audit = await db.auditEvent.findMany({ where: { entityType: 'Registration', entityId: String(registration.id) }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['registration.save', 'registration.save', 'registration.submit', 'registration.return', 'registration.save', 'registration.submit', 'registration.accept']);
    expect(audit.map((a) => [a.fromStatus, a.toStatus]).filter(([f]) => f)).toEqual([
      ['DRAFT', 'SUBMITTED'],
      ['SUBMITTED', 'RETURNED'],
      ['RETURNED', 'SUBMITTED'],
      ['SUBMITTED', 'ACCEPTED'],
    ]);
    const fix = audit[4];
    expect(fix.before).toEqual({ targets: { [ONLINE]: { value: '95', min: null, max: null, note: null } } });
    expect(fix.after).toMatchObject({ targets: { [ONLINE]: { value: '98', min: null, max: null, note: null } } });
    expect(audit.at(-1)).toMatchObject({ actorId: reviewer.id, unitId: officer.unitId });

    // Reopening needs a reason, is audited, and hands the registration back with the reason beside it.
    expect((await domainError(reopenRegistration(reviewer, registration.id, accepted.registration!.version, '  '))).code).toBe('VALIDATION');
    await reopenRegistration(reviewer, registration.id, accepted.registration!.version, 'Điều chỉnh chỉ tiêu theo Nghị quyết mới.');
    const reopened = await getRegistrationForm(officer, officer.unitId!, YEAR);
    expect(reopened.lock.editable).toBe(true);
    expect(reopened.comments.map((c) => c.text)).toEqual(['Điều chỉnh chỉ tiêu theo Nghị quyết mới.']);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: 'registration.reopen', entityId: String(registration.id) } })).toMatchObject({ fromStatus: 'ACCEPTED', toStatus: 'RETURNED' });

    // The unit's list and Home Affairs' queue and counts see it.
    const list = await getUnitRegistrationList(officer, officer.unitId!);
    expect(list?.rows.find((r) => r.year === YEAR)?.registration?.status).toBe('RETURNED');
    const queue = await getRegistrationQueue(reviewer, { year: YEAR });
    expect(queue?.registrations.map((r) => r.unit.name)).toContain(COMMUNE);
    const counts = await getRegistrationCompleteness(reviewer, YEAR);
    expect(counts?.registered).toBeGreaterThanOrEqual(1);
    expect(counts?.missing.map((u) => u.name)).not.toContain(COMMUNE);
    expect(counts!.expected).toBe(counts!.registered + counts!.missing.length);
  });

  it('refuses what cannot be a target, a foreign or repeated person and a non-collective title, writing nothing', async () => {
    const unit = await makeActor('UNIT_HEAD', 'Xã Bảo Lạc', 'Chủ tịch Bảo Lạc');
    const [person] = await personsOf('Xã Bảo Lạc', ['Lục Văn An']);
    const base = { unitId: unit.unitId!, year: YEAR, note: null, collectiveTitleCode: null };
    const bad = await domainError(saveRegistrationDraft(unit, { ...base, version: 0, targets: { [ONLINE]: { value: 'chín mươi' }, 'CS-NTM-COMMUNES': { value: 'có lẽ' }, 'ECO-GRDP-GROWTH': { value: '10' } }, individuals: [] }));
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fieldErrors).toEqual({
      [`t.${ONLINE}`]: [expect.objectContaining({ messageKey: 'registration.validation.number' })],
      't.CS-NTM-COMMUNES': [expect.objectContaining({ messageKey: 'registration.validation.yesNo' })],
      't.ECO-GRDP-GROWTH': ['registration.validation.unknownIndicator'],
    });
    const foreign = (await db.person.create({ data: { unitId: outsider.unitId!, fullName: 'Người xã khác' } })).id;
    const people = await domainError(
      saveRegistrationDraft(unit, {
        ...base,
        version: 0,
        targets: {},
        individuals: [
          { personId: person, position: null, titleCode: 'LDTT' },
          { personId: person, position: null, titleCode: 'CSTD_CO_SO' },
          { personId: foreign, position: null, titleCode: 'TTLDXS' },
        ],
      }),
    );
    expect(Object.keys(people.fieldErrors).sort()).toEqual([`i.${foreign}`, `i.${person}`].sort());
    expect(people.fieldErrors[`i.${foreign}`]).toEqual([
      expect.objectContaining({ messageKey: 'registration.validation.personNotInUnit' }),
      expect.objectContaining({ messageKey: 'registration.validation.individualTitle' }),
    ]);
    expect((await domainError(saveRegistrationDraft(unit, { ...base, collectiveTitleCode: 'LDTT', version: 0, targets: {}, individuals: [] }))).fieldErrors.collectiveTitle).toEqual([
      'registration.validation.collectiveTitle',
    ]);
    expect(await db.registration.count({ where: { unitId: unit.unitId! } })).toBe(0);

    // Yes/no readings take "có"/"không"; the submission names every indicator still without a target.
    const applicable = (await getRegistrationForm(unit, unit.unitId!, YEAR)).indicators;
    const yesNo = applicable.filter((i) => i.kind === 'YES_NO').map((i) => i.code);
    expect(yesNo).toContain('CS-NTM-COMMUNES');
    const saved = await saveRegistrationDraft(unit, {
      ...base,
      collectiveTitleCode: 'TTLDTT',
      version: 0,
      targets: { [ONLINE]: { value: '90' }, ...Object.fromEntries(yesNo.map((c) => [c, { value: 'không' }])), 'CS-NTM-COMMUNES': { value: 'Có' } },
      individuals: [{ personId: person, position: 'Công chức Văn phòng', titleCode: 'LDTT' }],
    });
    const targets = await db.registrationTarget.findMany({ where: { registrationId: saved.registrationId }, include: { indicator: true } });
    expect(targets.find((t) => t.indicator.code === 'CS-NTM-COMMUNES')?.targetValue?.toString()).toBe('1');
    expect(targets.find((t) => t.indicator.code === 'CS-CB-HPI-COMMUNES')?.targetValue?.toString()).toBe('0');
    const refused = await domainError(submitRegistration(unit, { registrationId: saved.registrationId, version: saved.version }));
    expect(Object.keys(refused.fieldErrors).sort()).toEqual([`t.${POVERTY}`, `t.${SCHOOLS}`].sort());
    expect((await db.registration.findUniqueOrThrow({ where: { id: saved.registrationId } })).status).toBe('DRAFT');
  });

  it('lets exactly one of two reviewers win a decision on the same registration', async () => {
    const unit = await makeActor('UNIT_HEAD', 'Xã Lý Bôn', 'Chủ tịch Lý Bôn');
    const [person] = await personsOf('Xã Lý Bôn', ['Đàm Văn Cường']);
    const form = await getRegistrationForm(unit, unit.unitId!, YEAR);
    const targets = Object.fromEntries(form.indicators.map((i) => [i.code, i.kind === 'YES_NO' ? { value: '1' } : i.kind === 'RANGE' ? { min: '1', max: '2' } : { value: '10' }]));
    const saved = await saveRegistrationDraft(unit, { unitId: unit.unitId!, year: YEAR, version: 0, collectiveTitleCode: 'TTLDTT', note: null, targets, individuals: [{ personId: person, position: null, titleCode: 'LDTT' }] });
    await submitRegistration(unit, { registrationId: saved.registrationId, version: saved.version });
    const { version } = await db.registration.findUniqueOrThrow({ where: { id: saved.registrationId } });
    const results = await Promise.allSettled([
      acceptRegistration(reviewer, saved.registrationId, version),
      returnRegistration(reviewer2, saved.registrationId, version, [{ indicatorId: null, text: 'Thiếu danh sách cá nhân.' }]),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ messageKey: 'alreadyDecided' });
    expect(await db.auditEvent.count({ where: { entityId: String(saved.registrationId), action: { in: ['registration.accept', 'registration.return'] } } })).toBe(1);
    // A unit head cannot decide at all.
    expect((await domainError(acceptRegistration(unit, saved.registrationId, version + 1))).code).toBe('FORBIDDEN');
  });

  it('never lets one editor silently overwrite another', async () => {
    const a = await makeActor('UNIT_OFFICER', 'Xã Nam Quang', 'Cán bộ A');
    const b = await makeActor('UNIT_HEAD', 'Xã Nam Quang', 'Chủ tịch B');
    const base = { unitId: a.unitId!, year: YEAR, note: null, collectiveTitleCode: null, individuals: [] };
    const first = await saveRegistrationDraft(a, { ...base, version: 0, targets: { [ONLINE]: { value: '80' } } });
    await saveRegistrationDraft(b, { ...base, version: first.version, targets: { [ONLINE]: { value: '85' } } });
    const stale = await domainError(saveRegistrationDraft(a, { ...base, version: first.version, targets: { [ONLINE]: { value: '99' } } }));
    expect(stale.code).toBe('STALE');
    const target = await db.registrationTarget.findFirstOrThrow({ where: { registrationId: first.registrationId } });
    expect(target.targetValue?.toString()).toBe('85');
    // Two first saves at once: one creates the registration, the other is told to reload.
    const c = await makeActor('UNIT_OFFICER', 'Xã Quảng Lâm', 'Cán bộ C');
    const results = await Promise.allSettled([0, 1].map((i) => saveRegistrationDraft(c, { ...base, unitId: c.unitId!, version: 0, targets: { [ONLINE]: { value: String(90 + i) } } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'STALE' } });
    expect(await db.registration.count({ where: { unitId: c.unitId! } })).toBe(1);
  });

  it('keeps units apart: another unit can neither read nor change this unit’s registration', async () => {
    const mine = await db.registration.findFirstOrThrow({ where: { unitId: officer.unitId!, year: YEAR } });
    expect((await domainError(getRegistrationForm(outsider, officer.unitId!, YEAR))).code).toBe('FORBIDDEN');
    expect((await domainError(getUnitRegistrationList(outsider, officer.unitId!))).code).toBe('FORBIDDEN');
    expect((await domainError(saveRegistrationDraft(outsider, complete(officer, mine.version)))).code).toBe('FORBIDDEN');
    expect((await domainError(submitRegistration(outsider, { registrationId: mine.id, version: mine.version }))).code).toBe('FORBIDDEN');
    expect((await domainError(getRegistrationForReview(outsider, mine.id))).code).toBe('FORBIDDEN');
    expect(await db.registration.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ version: mine.version, status: mine.status });
    // Home Affairs and leaders read every unit's; leaders cannot decide.
    expect((await getRegistrationForm(reviewer, officer.unitId!, YEAR)).lock.reason).toBe('READ_ONLY_ROLE');
    const leader = await makeActor('LEADER', 'Văn phòng UBND tỉnh');
    expect((await getRegistrationForm(leader, officer.unitId!, YEAR)).registration?.id).toBe(mine.id);
    expect((await domainError(returnRegistration(leader, mine.id, mine.version, [{ indicatorId: null, text: 'x' }]))).code).toBe('FORBIDDEN');
  });

  it('files a year only from 1 October of the year before to 31 March, but lets a returned registration be fixed after', async () => {
    const unit = await makeActor('UNIT_HEAD', 'Xã Yên Thổ', 'Chủ tịch Yên Thổ');
    const base = { unitId: unit.unitId!, note: null, collectiveTitleCode: null, individuals: [], targets: { [ONLINE]: { value: '90' } } };
    setClock('2026-09-30T23:00:00+07:00');
    expect((await domainError(saveRegistrationDraft(unit, { ...base, year: YEAR, version: 0 }))).code).toBe('PERIOD_NOT_OPEN');
    expect((await getRegistrationForm(unit, unit.unitId!, YEAR)).lock.reason).toBe('WINDOW_NOT_OPEN');
    setClock('2026-10-01T00:30:00+07:00');
    const opened = await saveRegistrationDraft(unit, { ...base, year: YEAR, version: 0 });
    setClock('2027-03-31T23:30:00+07:00');
    const form = await getRegistrationForm(unit, unit.unitId!, YEAR);
    const targets = Object.fromEntries(form.indicators.map((i) => [i.code, i.kind === 'YES_NO' ? { value: '1' } : { value: '10' }]));
    const [person] = await personsOf('Xã Yên Thổ', ['Bế Thị Mơ']);
    const last = await saveRegistrationDraft(unit, { ...base, year: YEAR, version: opened.version, targets, collectiveTitleCode: 'TTLDTT', individuals: [{ personId: person, position: null, titleCode: 'LDTT' }] });
    setClock('2027-04-01T00:30:00+07:00');
    expect((await getRegistrationForm(unit, unit.unitId!, YEAR)).lock.reason).toBe('WINDOW_CLOSED');
    expect((await domainError(submitRegistration(unit, { registrationId: opened.registrationId, version: last.version }))).code).toBe('PERIOD_CLOSED');
    // 2026 closed on 31/03/2026: nothing can start it now.
    expect((await domainError(saveRegistrationDraft(unit, { ...base, year: 2026, version: 0 }))).code).toBe('PERIOD_CLOSED');
    // A year outside the campaign does not exist.
    expect((await domainError(getRegistrationForm(unit, unit.unitId!, 2031))).code).toBe('NOT_FOUND');

    // Sent in time and returned afterwards: the unit can still fix and resend it.
    setClock('2027-03-31T10:00:00+07:00');
    await submitRegistration(unit, { registrationId: opened.registrationId, version: last.version });
    setClock('2027-04-10T10:00:00+07:00');
    const sent = await db.registration.findUniqueOrThrow({ where: { id: opened.registrationId } });
    await returnRegistration(reviewer, sent.id, sent.version, [{ indicatorId: null, text: 'Bổ sung cá nhân.' }]);
    const returned = await getRegistrationForm(unit, unit.unitId!, YEAR);
    expect(returned.lock).toEqual({ editable: true, canSubmit: true, reason: null });
    const fixed = await saveRegistrationDraft(unit, { ...base, year: YEAR, version: returned.registration!.version, targets, collectiveTitleCode: 'TTLDXS', individuals: [{ personId: person, position: null, titleCode: 'LDTT' }] });
    expect(await submitRegistration(unit, { registrationId: sent.id, version: fixed.version })).toEqual({ submission: 2 });
  });
});
