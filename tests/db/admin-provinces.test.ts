import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createProvince, updateProvince } from '@/lib/admin/provinces';
import { createUnit } from '@/lib/admin/units';
import { listProvinces, listUnits, pageProvince } from '@/lib/admin/queries';
import { verifyPassword } from '@/lib/auth/password';
import { SETTINGS } from '@/lib/settings/defaults';
import { adminActor, auditRows, domainError, makeActor } from './admin-fixtures';

describe('provinces', () => {
  it('creates a province with its settings and first administrator, whose password is shown once', async () => {
    const admin = await adminActor();
    const { province, admin: issued } = await createProvince(admin, { code: '06', name: 'Bắc Kạn thử', nameEn: 'Bac Kan test', adminUsername: 'admin.backan', adminDisplayName: 'Quản trị Bắc Kạn' });
    expect(issued?.username).toBe('admin.backan');
    const account = await db.user.findUniqueOrThrow({ where: { username: 'admin.backan' }, select: { passwordHash: true, role: true, provinceId: true, unitId: true } });
    expect(account).toMatchObject({ role: 'ADMIN', provinceId: province.id, unitId: null });
    expect(await verifyPassword(account.passwordHash, issued!.password)).toBe(true);
    expect(await db.setting.count({ where: { provinceId: province.id } })).toBe(Object.keys(SETTINGS).length);

    const [row] = await auditRows('province.create', province.id);
    expect(row).toMatchObject({ provinceId: province.id, actorId: admin.id });
    expect(JSON.stringify(await db.auditEvent.findMany({ select: { before: true, after: true } }))).not.toMatch(/argon2|password/i);

    // Units and users of the new province are managed from the same pages, by choosing it.
    const { province: shown } = await pageProvince(admin, province.id);
    expect(shown.id).toBe(province.id);
    await createUnit(admin, { provinceId: province.id, name: 'Xã Cốc Pàng', shortName: null, nameEn: null, kind: 'COMMUNE', parentId: null, adminCode: null, border: null, borderSource: null, groupId: null, note: null, active: true });
    expect((await listUnits(admin, province.id, {})).map((u) => u.name)).toEqual(['Xã Cốc Pàng']);
    const listed = await listProvinces(admin);
    expect(listed.find((p) => p.id === province.id)?._count).toEqual({ units: 1, users: 1 });
  });

  it('refuses a duplicate code or name and a taken username, writing nothing', async () => {
    const admin = await adminActor();
    const before = await db.province.count();
    const refused = await domainError(createProvince(admin, { code: '04', name: 'tỉnh cao bằng', nameEn: null, adminUsername: admin.username, adminDisplayName: 'X' }));
    expect(refused.fieldErrors).toEqual({ code: ['provinceCodeTaken'], name: ['admin.errors.provinceNameTaken'], adminUsername: ['usernameTaken'] });
    expect(await db.province.count()).toBe(before);
  });

  it('edits a province with optimistic concurrency', async () => {
    const admin = await adminActor();
    const { province } = await createProvince(admin, { code: 'T9', name: 'Tỉnh Chín', nameEn: null, adminUsername: null, adminDisplayName: null });
    const edited = await updateProvince(admin, { id: province.id, updatedAt: province.updatedAt, code: 'T9', name: 'Tỉnh Chín Mới', nameEn: 'Province Nine' });
    expect(edited.name).toBe('Tỉnh Chín Mới');
    const [row] = await auditRows('province.update', province.id);
    expect(row.before).toEqual({ name: 'Tỉnh Chín', nameEn: null });
    expect((await domainError(updateProvince(admin, { id: province.id, updatedAt: province.updatedAt, code: 'T9', name: 'Cũ', nameEn: null }))).code).toBe('STALE');
  });

  it('refuses non-administrators', async () => {
    const leader = await makeActor('LEADER');
    expect((await domainError(createProvince(leader, { code: 'X1', name: 'X', nameEn: null, adminUsername: null, adminDisplayName: null }))).code).toBe('FORBIDDEN');
    expect((await domainError(listProvinces(leader))).code).toBe('FORBIDDEN');
  });
});
