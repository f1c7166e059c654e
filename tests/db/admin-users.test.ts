import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createUser, resetUserPassword, setUserActive, updateUser } from '@/lib/admin/users';
import { listUsers } from '@/lib/admin/people-queries';
import { userCreateSchema, type UserCreateInput } from '@/lib/admin/schema';
import { newPasswordSchema, verifyPassword } from '@/lib/auth/password';
import { adminActor, auditRows, caoBang, domainError, makeActor, unitNamed } from './admin-fixtures';

async function newUser(overrides: Partial<UserCreateInput> = {}): Promise<UserCreateInput> {
  const [province, unit] = await Promise.all([caoBang(), unitNamed('Xã Cốc Pàng')]);
  return { provinceId: province.id, username: 'can.bo.moi', displayName: 'Cán Bộ Mới', role: 'UNIT_OFFICER', unitId: unit.id, person: null, position: null, isLeader: false, email: null, ...overrides };
}

const editOf = (user: { id: number; updatedAt: Date }, input: UserCreateInput) => {
  const { provinceId: _p, username: _u, ...fields } = input;
  return { id: user.id, updatedAt: user.updatedAt, ...fields };
};

/** No hash, and nothing that looks like one, in any audit row. */
async function expectNoSecretsInAudit() {
  const text = JSON.stringify(await db.auditEvent.findMany({ select: { before: true, after: true } }));
  expect(text).not.toMatch(/argon2|passwordHash|"password"/);
}

describe('users', () => {
  it('creates an account with a strong generated password that signs in, and audits it without the hash', async () => {
    const admin = await adminActor();
    const { user, password } = await createUser(admin, await newUser({ email: 'canbo@caobang.gov.vn' }));
    expect(newPasswordSchema.safeParse(password).success).toBe(true);
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect('passwordHash' in user).toBe(false);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);

    const [row] = await auditRows('user.create', user.id);
    expect(row).toMatchObject({ actorId: admin.id, entityType: 'User', unitId: user.unitId });
    expect(row.after).toMatchObject({ username: 'can.bo.moi', displayName: 'Cán Bộ Mới', role: 'UNIT_OFFICER', email: 'canbo@caobang.gov.vn', active: true });
    expect((row.after as Record<string, unknown>).unit).toMatch(/^Xã Cốc Pàng \(#\d+\)$/);
    await expectNoSecretsInAudit();
  });

  it('refuses a role that needs a unit without one, in the form and in the domain, and writes nothing', async () => {
    const admin = await adminActor();
    const province = await caoBang();
    const parsed = userCreateSchema.safeParse({ provinceId: String(province.id), username: 'khong.don.vi', displayName: 'Không Đơn Vị', role: 'UNIT_HEAD', unitId: '' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['unitId', 'errors.unitRequired']]);

    for (const role of ['UNIT_OFFICER', 'UNIT_HEAD', 'REVIEWER', 'COUNCIL_MEMBER'] as const) {
      const refused = await domainError(createUser(admin, await newUser({ username: `khong.${role.toLowerCase()}`, role, unitId: null })));
      expect(refused.fieldErrors).toEqual({ unitId: ['unitRequired'] });
    }
    expect(await db.user.count({ where: { username: { startsWith: 'khong.' } } })).toBe(0);
    // A provincial leader or an administrator may have no unit.
    const { user } = await createUser(admin, await newUser({ username: 'lanh.dao.moi', role: 'LEADER', unitId: null }));
    expect(user.unitId).toBeNull();
  });

  it('refuses a username already taken', async () => {
    const admin = await adminActor();
    await createUser(admin, await newUser({ username: 'trung.ten' }));
    expect((await domainError(createUser(admin, await newUser({ username: 'trung.ten' })))).fieldErrors).toEqual({ username: ['usernameTaken'] });
  });

  it('creates the person with the account, or links a person of the unit who has no account', async () => {
    const admin = await adminActor();
    const unit = await unitNamed('Xã Cốc Pàng');
    const { user } = await createUser(admin, await newUser({ username: 'co.ho.so', displayName: 'Hà Văn Hồ Sơ', person: 'new', position: 'Công chức Văn phòng', isLeader: true }));
    const person = await db.person.findUniqueOrThrow({ where: { id: user.personId! } });
    expect(person).toMatchObject({ unitId: unit.id, fullName: 'Hà Văn Hồ Sơ', position: 'Công chức Văn phòng', isLeader: true });
    expect(await auditRows('person.create', person.id)).toHaveLength(1);

    const free = await db.person.create({ data: { unitId: unit.id, fullName: 'Lý Thị Rảnh' } });
    const linked = await createUser(admin, await newUser({ username: 'gan.ho.so', person: free.id }));
    expect(linked.user.personId).toBe(free.id);

    const taken = await domainError(createUser(admin, await newUser({ username: 'gan.lai', person: free.id })));
    expect(taken.fieldErrors).toEqual({ person: ['personTaken'] });
    const elsewhere = await db.person.create({ data: { unitId: (await unitNamed('Sở Tài chính')).id, fullName: 'Người Sở' } });
    const wrongUnit = await domainError(createUser(admin, await newUser({ username: 'sai.don.vi', person: elsewhere.id })));
    expect(wrongUnit.fieldErrors).toEqual({ person: ['personOtherUnit'] });
  });

  it('edits name, role, unit and e-mail, audits only what changed, and the linked person moves with the account', async () => {
    const admin = await adminActor();
    const { user } = await createUser(admin, await newUser({ username: 'doi.don.vi', person: 'new' }));
    const department = await unitNamed('Sở Tài chính');
    const input = await newUser({ displayName: 'Cán Bộ Đã Đổi', role: 'UNIT_HEAD', unitId: department.id, person: user.personId, email: 'moi@caobang.gov.vn' });
    const updated = await updateUser(admin, editOf(user, input));
    expect(updated).toMatchObject({ displayName: 'Cán Bộ Đã Đổi', role: 'UNIT_HEAD', unitId: department.id, email: 'moi@caobang.gov.vn', personId: user.personId });
    expect((await db.person.findUniqueOrThrow({ where: { id: user.personId! } })).unitId).toBe(department.id);

    const [row] = await auditRows('user.update', user.id);
    expect(Object.keys(row.before as object).sort()).toEqual(['displayName', 'email', 'role', 'unit']);
    const [moved] = await auditRows('person.update', user.personId!);
    expect(moved.after).toEqual({ unitId: department.id });
    expect(row.after).toMatchObject({ displayName: 'Cán Bộ Đã Đổi', role: 'UNIT_HEAD', email: 'moi@caobang.gov.vn' });
    expect(row.before).toMatchObject({ displayName: 'Cán Bộ Mới', role: 'UNIT_OFFICER', email: null });
  });

  it('refuses a stale edit and a role without a unit on edit', async () => {
    const admin = await adminActor();
    const { user } = await createUser(admin, await newUser({ username: 'sua.cu' }));
    await updateUser(admin, editOf(user, await newUser({ displayName: 'Lần Một' })));
    const stale = await domainError(updateUser(admin, editOf(user, await newUser({ displayName: 'Lần Hai' }))));
    expect(stale.code).toBe('STALE');
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe('Lần Một');

    const fresh = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const noUnit = await domainError(updateUser(admin, editOf(fresh, await newUser({ role: 'REVIEWER', unitId: null }))));
    expect(noUnit.fieldErrors).toEqual({ unitId: ['unitRequired'] });
  });

  it('deactivates in one transaction with a new session version, and reactivates', async () => {
    const admin = await adminActor();
    const { user } = await createUser(admin, await newUser({ username: 'se.nghi' }));
    const deactivated = await setUserActive(admin, { id: user.id, updatedAt: user.updatedAt }, false);
    expect(deactivated.active).toBe(false);
    expect(deactivated.sessionVersion).toBe(user.sessionVersion + 1);
    const [row] = await auditRows('user.deactivate', user.id);
    expect(row).toMatchObject({ fromStatus: 'ACTIVE', toStatus: 'INACTIVE', actorId: admin.id });
    expect(row.before).toEqual({ active: true, sessionVersion: user.sessionVersion });
    expect(row.after).toEqual({ active: false, sessionVersion: user.sessionVersion + 1 });

    // The page that still shows the old version cannot act again.
    expect((await domainError(setUserActive(admin, { id: user.id, updatedAt: user.updatedAt }, false))).code).toBe('STALE');
    const reactivated = await setUserActive(admin, { id: user.id, updatedAt: deactivated.updatedAt }, true);
    expect(reactivated.active).toBe(true);
    expect(await auditRows('user.activate', user.id)).toHaveLength(1);
  });

  it('does not let administrators deactivate or demote themselves', async () => {
    const admin = await adminActor();
    const self = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    const refused = await domainError(setUserActive(admin, { id: admin.id, updatedAt: self.updatedAt }, false));
    expect(refused).toMatchObject({ code: 'INVALID_STATE', messageKey: 'cannotDeactivateSelf' });
    const demoted = await domainError(
      updateUser(admin, { id: admin.id, updatedAt: self.updatedAt, displayName: admin.name, role: 'LEADER', unitId: null, person: null, position: null, isLeader: false, email: null }),
    );
    expect(demoted.fieldErrors).toEqual({ role: ['admin.errors.cannotDemoteSelf'] });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ active: true, role: 'ADMIN' });
  });

  it('resets a password: a new one that works, the old one dead, every session ended, audited without secrets', async () => {
    const admin = await adminActor();
    const { user, password: first } = await createUser(admin, await newUser({ username: 'quen.mat.khau' }));
    const { user: after, password } = await resetUserPassword(admin, { id: user.id, updatedAt: user.updatedAt });
    expect(password).not.toBe(first);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, first)).toBe(false);
    const [row] = await auditRows('user.reset-password', user.id);
    expect(row.after).toEqual({ sessionVersion: user.sessionVersion + 1 });
    await expectNoSecretsInAudit();
    expect((await domainError(resetUserPassword(admin, { id: user.id, updatedAt: user.updatedAt }))).code).toBe('STALE');
  });

  it('gives FORBIDDEN to every other role', async () => {
    const target = await createUser(await adminActor(), await newUser({ username: 'muc.tieu' }));
    for (const [role, unit] of [
      ['UNIT_OFFICER', 'Xã Cốc Pàng'],
      ['UNIT_HEAD', 'Xã Cốc Pàng'],
      ['REVIEWER', 'Sở Nội vụ'],
      ['COUNCIL_MEMBER', 'Sở Nội vụ'],
      ['LEADER', null],
    ] as const) {
      const actor = await makeActor(role, unit);
      const ref = { id: target.user.id, updatedAt: target.user.updatedAt };
      expect((await domainError(createUser(actor, await newUser({ username: `x.${role.toLowerCase()}` })))).code).toBe('FORBIDDEN');
      expect((await domainError(setUserActive(actor, ref, false))).code).toBe('FORBIDDEN');
      expect((await domainError(resetUserPassword(actor, ref))).code).toBe('FORBIDDEN');
      expect((await domainError(listUsers(actor, actor.provinceId, {}))).code).toBe('FORBIDDEN');
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: target.user.id } })).toMatchObject({ active: true, sessionVersion: target.user.sessionVersion });
  });

  it('lists users with filters and a search that ignores diacritics, never with the hash', async () => {
    const admin = await adminActor();
    await createUser(admin, await newUser({ username: 'nguyen.thi.ngoc', displayName: 'Nguyễn Thị Ngọc' }));
    const province = await caoBang();
    const found = await listUsers(admin, province.id, { q: 'nguyen thi ngoc' });
    expect(found.rows.map((u) => u.username)).toEqual(['nguyen.thi.ngoc']);
    expect(found.rows[0]).not.toHaveProperty('passwordHash');
    const officers = await listUsers(admin, province.id, { role: 'UNIT_OFFICER', unitId: (await unitNamed('Xã Cốc Pàng')).id });
    expect(officers.rows.length).toBeGreaterThan(0);
    expect(officers.rows.every((u) => u.role === 'UNIT_OFFICER' && u.unitName === 'Xã Cốc Pàng')).toBe(true);
  });
});
