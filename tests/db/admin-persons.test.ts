import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createPerson, updatePerson } from '@/lib/admin/persons';
import { createUser } from '@/lib/admin/users';
import { linkablePersons, listPersons } from '@/lib/admin/people-queries';
import { personCreateSchema, type PersonCreateInput } from '@/lib/admin/schema';
import { setClock } from '@/lib/clock';
import { adminActor, auditRows, caoBang, domainError, makeActor, unitNamed } from './admin-fixtures';

async function personInput(overrides: Partial<PersonCreateInput> = {}): Promise<PersonCreateInput> {
  const unit = await unitNamed('Xã Cốc Pàng');
  return { unitId: unit.id, fullName: 'Hoàng Thị Thử', position: 'Công chức', isLeader: false, birthYear: 1990, active: true, ...overrides };
}

describe('persons', () => {
  it('creates and edits a person, audited, and refuses a stale form', async () => {
    const admin = await adminActor();
    const person = await createPerson(admin, await personInput());
    expect(person).toMatchObject({ fullName: 'Hoàng Thị Thử', birthYear: 1990, isLeader: false });
    const [created] = await auditRows('person.create', person.id);
    expect(created.after).toMatchObject({ fullName: 'Hoàng Thị Thử', position: 'Công chức', birthYear: 1990 });

    const edited = await updatePerson(admin, { id: person.id, updatedAt: person.updatedAt, ...(await personInput({ position: 'Phó Chủ tịch UBND xã', isLeader: true })) });
    expect(edited).toMatchObject({ position: 'Phó Chủ tịch UBND xã', isLeader: true });
    const [row] = await auditRows('person.update', person.id);
    expect(row.before).toEqual({ position: 'Công chức', isLeader: false });
    expect(row.after).toEqual({ position: 'Phó Chủ tịch UBND xã', isLeader: true });

    const stale = await domainError(updatePerson(admin, { id: person.id, updatedAt: person.updatedAt, ...(await personInput({ fullName: 'Tên Khác' })) }));
    expect(stale.code).toBe('STALE');
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).fullName).toBe('Hoàng Thị Thử');
  });

  it('validates the year of birth against the clock', async () => {
    setClock('2026-11-26T09:00:00+07:00');
    const base = { unitId: '1', fullName: 'A' };
    expect(personCreateSchema.safeParse({ ...base, birthYear: '2026' }).success).toBe(true);
    const future = personCreateSchema.safeParse({ ...base, birthYear: '2027' });
    expect(future.error?.issues[0].message).toBe('admin.validation.birthYearFuture');
    expect(personCreateSchema.safeParse({ ...base, birthYear: 'abc' }).success).toBe(false);
    expect(personCreateSchema.parse({ ...base, birthYear: '' }).birthYear).toBeNull();
  });

  it('moves a person with an account only together with the account', async () => {
    const admin = await adminActor();
    const province = await caoBang();
    const commune = await unitNamed('Xã Cốc Pàng');
    const { user } = await createUser(admin, { provinceId: province.id, username: 'co.tai.khoan', displayName: 'Có Tài Khoản', role: 'UNIT_OFFICER', unitId: commune.id, person: 'new', position: null, isLeader: false, email: null });
    const person = await db.person.findUniqueOrThrow({ where: { id: user.personId! } });
    const department = await unitNamed('Sở Tài chính');
    const refused = await domainError(updatePerson(admin, { id: person.id, updatedAt: person.updatedAt, ...(await personInput({ fullName: person.fullName, unitId: department.id })) }));
    expect(refused.fieldErrors).toEqual({ unitId: ['admin.errors.personMovesWithAccount'] });

    // A person without an account moves freely.
    const free = await createPerson(admin, await personInput({ fullName: 'Tự Do' }));
    expect((await updatePerson(admin, { id: free.id, updatedAt: free.updatedAt, ...(await personInput({ fullName: 'Tự Do', unitId: department.id })) })).unitId).toBe(department.id);
  });

  it('lists persons of a unit with a search that ignores diacritics and shows who has an account', async () => {
    const admin = await adminActor();
    const province = await caoBang();
    const commune = await unitNamed('Xã Cốc Pàng');
    await createPerson(admin, await personInput({ fullName: 'Nông Thị Đào' }));
    await createUser(admin, { provinceId: province.id, username: 'nong.van.dao', displayName: 'Nông Văn Đạo', role: 'UNIT_HEAD', unitId: commune.id, person: 'new', position: null, isLeader: true, email: null });
    const found = await listPersons(admin, province.id, { unitId: commune.id, q: 'nong' });
    expect(found.rows.map((p) => [p.fullName, p.username])).toEqual([
      ['Nông Thị Đào', null],
      ['Nông Văn Đạo', 'nong.van.dao'],
    ]);
    expect((await listPersons(admin, province.id, { q: 'dao', account: 'yes' })).rows.map((p) => p.fullName)).toEqual(['Nông Văn Đạo']);
    const linkable = await linkablePersons(admin, province.id);
    expect(linkable.some((p) => p.fullName === 'Nông Thị Đào')).toBe(true);
    expect(linkable.some((p) => p.fullName === 'Nông Văn Đạo')).toBe(false);
  });

  it('refuses non-administrators', async () => {
    const officer = await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng');
    expect((await domainError(createPerson(officer, await personInput()))).code).toBe('FORBIDDEN');
    expect((await domainError(listPersons(officer, officer.provinceId, {}))).code).toBe('FORBIDDEN');
  });
});
