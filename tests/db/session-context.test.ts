/**
 * The two reads every autosave starts with, made cheap without going stale: the signed-in actor
 * (the session cookie, then one query) and a unit's reporting context (the campaign's elements are
 * remembered between requests but read again as soon as the catalogue changes).
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import { reportingContext } from '@/lib/reporting/context';
import { caoBang, makeActor, unitNamed } from './admin-fixtures';

process.env.NEXTAUTH_SECRET ??= 'session-tests-secret-not-used-anywhere-else';
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }),
  headers: async () => new Headers(),
}));
// getActor is cached per request by React; outside a request every call is its own.
vi.mock('react', async (importOriginal) => ({ ...((await importOriginal()) as object), cache: <T>(fn: T) => fn }));

const { getActor } = await import('@/lib/auth/session');

async function signedInAs(user: { id: number; sessionVersion: number }, options: { maxAge?: number; cookie?: string } = {}) {
  jar.clear();
  const token = await encode({ token: { uid: user.id, sv: user.sessionVersion }, secret: process.env.NEXTAUTH_SECRET!, maxAge: options.maxAge ?? 3600 });
  jar.set(options.cookie ?? 'next-auth.session-token', token);
  return token;
}

describe('the signed-in actor', () => {
  let head: { id: number; sessionVersion: number };
  let unitId: number;
  let descendants: number[];

  beforeAll(async () => {
    const province = await caoBang();
    const department = await unitNamed('Sở Nội vụ');
    // two levels below the department, so the tree is walked and not just its children
    const child = await db.unit.create({ data: { provinceId: province.id, parentId: department.id, kind: 'SUB_UNIT', name: 'Phòng thử' } });
    const grandchild = await db.unit.create({ data: { provinceId: province.id, parentId: child.id, kind: 'SUB_UNIT', name: 'Tổ thử' } });
    const before = await db.unit.findMany({ where: { parentId: department.id }, select: { id: true } });
    const actor = await makeActor('UNIT_HEAD', 'Sở Nội vụ', 'Giám đốc thử');
    head = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
    unitId = department.id;
    descendants = [...before.map((u) => u.id), grandchild.id];
  });

  it('reads the session cookie (either name) and the account in one query, with a head\u2019s whole tree of units', async () => {
    for (const cookie of ['next-auth.session-token', '__Secure-next-auth.session-token']) {
      await signedInAs(head, { cookie });
      const actor = await getActor();
      expect(actor).toMatchObject({ id: head.id, role: 'UNIT_HEAD', unitId, unitName: 'Sở Nội vụ' });
      expect(actor!.ownUnitIds[0]).toBe(unitId);
      expect(new Set(actor!.ownUnitIds)).toEqual(new Set([unitId, ...descendants]));
    }
    const officer = await db.user.findUniqueOrThrow({ where: { id: (await makeActor('UNIT_OFFICER', 'Sở Nội vụ')).id } });
    await signedInAs(officer);
    expect((await getActor())!.ownUnitIds).toEqual([unitId]);
  });

  it('refuses a missing, forged, expired or outdated session, and a deactivated account, at once', async () => {
    jar.clear();
    expect(await getActor()).toBeNull();
    jar.set('next-auth.session-token', 'not-a-token');
    expect(await getActor()).toBeNull();

    // signed with another secret
    jar.set('next-auth.session-token', await encode({ token: { uid: head.id, sv: head.sessionVersion }, secret: 'another-secret' }));
    expect(await getActor()).toBeNull();

    // expired: also once its decrypted claims are remembered
    await signedInAs(head, { maxAge: 2 });
    expect(await getActor()).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await getActor()).toBeNull();

    // the same token, still valid, after a password change (the session version moves) and a deactivation
    await signedInAs(head);
    expect(await getActor()).not.toBeNull();
    await db.user.update({ where: { id: head.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getActor()).toBeNull();
    head = await db.user.findUniqueOrThrow({ where: { id: head.id } });
    await signedInAs(head);
    expect(await getActor()).not.toBeNull();
    await db.user.update({ where: { id: head.id }, data: { active: false } });
    expect(await getActor()).toBeNull();
  });
});

describe('the reporting context', () => {
  beforeEach(() => setClock('2026-10-05T09:00:00+07:00'));

  it('sees a change to the catalogue on the next request: an edit, a new element, a deactivation', async () => {
    const province = await caoBang();
    const unit = await unitNamed('Xã Cốc Pàng');
    const period = await db.reportingPeriod.findFirstOrThrow({ where: { type: 'QUARTER', year: 2026, number: 3, isBaseline: false } });
    const first = await reportingContext(db, unit.id, period.id, province.id);
    const element = first.elements[0];
    expect(first.elements.length).toBeGreaterThan(1);

    // an edit as the catalogue makes it (the version moves)
    await db.dataElement.update({ where: { id: element.id }, data: { name: 'Tên đã sửa', version: { increment: 1 } } });
    expect((await reportingContext(db, unit.id, period.id, province.id)).elements[0].name).toBe('Tên đã sửa');

    // a new element the commune reports
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = element;
    const added = await db.dataElement.create({ data: { ...copy, code: 'THU_MOI', name: 'Chỉ tiêu mới', sortOrder: 10_000, periodTypes: copy.periodTypes, reporterGroups: copy.reporterGroups } });
    expect((await reportingContext(db, unit.id, period.id, province.id)).elements.map((e) => e.code)).toContain('THU_MOI');

    // switched off
    await db.dataElement.update({ where: { id: added.id }, data: { active: false, version: { increment: 1 } } });
    const last = await reportingContext(db, unit.id, period.id, province.id);
    expect(last.elements.map((e) => e.code)).not.toContain('THU_MOI');
    expect(last.elements.map((e) => e.id)).toEqual(first.elements.map((e) => e.id));
  });

  it('reads the unit, the period and a running reopening for this unit only', async () => {
    const province = await caoBang();
    const unit = await unitNamed('Xã Cốc Pàng');
    const other = await unitNamed('Xã Đức Long');
    const period = await db.reportingPeriod.findFirstOrThrow({ where: { type: 'QUARTER', year: 2026, number: 2, isBaseline: false } });
    const closed = await reportingContext(db, unit.id, period.id, province.id);
    expect(closed).toMatchObject({ unit: { id: unit.id, name: 'Xã Cốc Pàng', kind: unit.kind }, period: { id: period.id, type: 'QUARTER', year: 2026, number: 2 }, reopenedUntil: null, window: 'CLOSED' });
    expect(closed.period.dueDate).toEqual(period.dueDate);

    const by = await makeActor('REVIEWER', 'Sở Nội vụ');
    await db.periodReopening.create({ data: { periodId: period.id, unitId: unit.id, untilDate: new Date('2026-10-20T00:00:00Z'), reason: 'Thử', byId: by.id } });
    await db.periodReopening.create({ data: { periodId: period.id, unitId: unit.id, untilDate: new Date('2026-10-01T00:00:00Z'), reason: 'Đã hết', byId: by.id } });
    const reopened = await reportingContext(db, unit.id, period.id, province.id);
    expect(reopened).toMatchObject({ reopenedUntil: '2026-10-20' });
    expect(reopened.window).not.toBe('CLOSED');
    expect((await reportingContext(db, other.id, period.id, province.id)).reopenedUntil).toBeNull();
  });
});
