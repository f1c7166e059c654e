import { describe, expect, it } from 'vitest';
import { setClock } from '@/lib/clock';
import { createUnit, updateUnit } from '@/lib/admin/units';
import { createUser } from '@/lib/admin/users';
import { searchAudit } from '@/lib/admin/audit-queries';
import { parseVnDate } from '@/lib/admin/rules';
import { adminActor, caoBang, domainError, makeActor, unitNamed } from './admin-fixtures';

async function unitInput(name: string) {
  const province = await caoBang();
  return { provinceId: province.id, name, shortName: null, nameEn: null, kind: 'COMMUNE' as const, parentId: null, adminCode: null, border: null, borderSource: null, groupId: null, note: null, active: true };
}

describe('audit log', () => {
  it('finds events by text without diacritics: record values, action labels, actor names', async () => {
    const admin = await adminActor('Đặng Thị Quản Trị');
    const province = await caoBang();
    const unit = await createUnit(admin, await unitInput('Xã Đồng Thử Nghiệm'));
    await createUser(admin, { provinceId: province.id, username: 'dong.thu', displayName: 'Người Đồng Thử', role: 'UNIT_OFFICER', unitId: unit.id, person: null, position: null, isLeader: false, email: null });

    // The unit's own events (an edit that did not touch the name too), and the account's in that unit, newest first.
    await updateUnit(admin, { ...(await unitInput('Xã Đồng Thử Nghiệm')), id: unit.id, updatedAt: unit.updatedAt, border: true });
    const byValue = await searchAudit(admin, province.id, { q: 'dong thu nghiem' });
    expect(byValue.rows.map((r) => r.action)).toEqual(['unit.update', 'user.create', 'unit.create']);
    expect(byValue.rows[2]).toMatchObject({ entityType: 'Unit', entityId: String(unit.id), unitName: 'Xã Đồng Thử Nghiệm', actorName: 'Đặng Thị Quản Trị' });

    // "tạo tài khoản" is how the log labels user.create in Vietnamese; typed without diacritics.
    const byLabel = await searchAudit(admin, province.id, { q: 'tao tai khoan' });
    expect(byLabel.rows.map((r) => r.action)).toEqual(['user.create']);
    const byCode = await searchAudit(admin, province.id, { q: 'USER.CREATE' });
    expect(byCode.rows.map((r) => r.action)).toEqual(['user.create']);

    const byActor = await searchAudit(admin, province.id, { q: 'dang thi quan tri' });
    expect(byActor.rows.map((r) => r.action).sort()).toEqual(['unit.create', 'unit.update', 'user.create']);
    expect(byActor.total).toBe(3);

    expect((await searchAudit(admin, province.id, { q: 'không có gì như thế này' })).total).toBe(0);
  });

  it('filters by Viet Nam calendar days (dd/mm/yyyy), actor, record type and unit, newest first', async () => {
    const admin = await adminActor();
    const other = await adminActor('Quản Trị Khác');
    const province = await caoBang();
    // 31/01/2020 23:30 in Viet Nam is still January there, though 16:30 UTC.
    setClock('2020-01-31T23:30:00+07:00');
    const january = await createUnit(admin, await unitInput('Xã Tháng Một'));
    setClock('2020-02-01T00:10:00+07:00');
    const february = await createUnit(other, await unitInput('Xã Tháng Hai'));
    setClock('2020-03-05T10:00:00+07:00');
    await updateUnit(admin, { ...(await unitInput('Xã Tháng Một')), id: january.id, updatedAt: january.updatedAt, shortName: 'Một' });

    const inJanuary = await searchAudit(admin, province.id, { from: parseVnDate('01/01/2020')!, to: parseVnDate('31/01/2020')! });
    expect(inJanuary.rows.map((r) => [r.action, r.entityId])).toEqual([['unit.create', String(january.id)]]);
    const fromFebruary = await searchAudit(admin, province.id, { from: parseVnDate('1/2/2020')!, to: parseVnDate('31/12/2020')! });
    expect(fromFebruary.rows.map((r) => [r.action, r.entityId])).toEqual([
      ['unit.update', String(january.id)],
      ['unit.create', String(february.id)],
    ]);
    expect((await searchAudit(admin, province.id, { to: parseVnDate('01/02/2020')! })).total).toBe(2);

    const in2020 = { from: parseVnDate('01/01/2020')!, to: parseVnDate('31/12/2020')! };
    expect((await searchAudit(admin, province.id, { actorId: other.id })).rows.map((r) => r.entityId)).toEqual([String(february.id)]);
    expect((await searchAudit(admin, province.id, { unitId: january.id })).total).toBe(2);
    expect((await searchAudit(admin, province.id, { ...in2020, entityType: 'User' })).total).toBe(0);
    expect((await searchAudit(admin, province.id, { ...in2020, entityType: 'Unit' })).total).toBe(3);
  });

  it('is for the administrator only', async () => {
    const province = await caoBang();
    for (const actor of [await makeActor('REVIEWER', 'Sở Nội vụ'), await makeActor('UNIT_HEAD', 'Xã Cốc Pàng'), await makeActor('LEADER')]) {
      expect((await domainError(searchAudit(actor, province.id, {}))).code).toBe('FORBIDDEN');
    }
    expect(await unitNamed('Xã Cốc Pàng')).toBeTruthy();
  });

  it('pages 50 events at a time', async () => {
    const admin = await adminActor();
    const province = await caoBang();
    for (let i = 0; i < 52; i++) await createUnit(admin, await unitInput(`Xã Trang ${i}`));
    const first = await searchAudit(admin, province.id, { q: 'xa trang' });
    const second = await searchAudit(admin, province.id, { q: 'xa trang', page: 2 });
    expect(first).toMatchObject({ total: 52, pages: 2, page: 1 });
    expect(first.rows).toHaveLength(50);
    expect(second.rows).toHaveLength(2);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(52);
  });
});
