import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createUnit, updateUnit } from '@/lib/admin/units';
import { countUnknownBorder, listUnits } from '@/lib/admin/queries';
import { unitCreateSchema, unitEditSchema, type UnitCreateInput } from '@/lib/admin/schema';
import { adminActor, auditRows, caoBang, domainError, makeActor, unitNamed } from './admin-fixtures';

async function newUnit(overrides: Partial<UnitCreateInput> = {}): Promise<UnitCreateInput> {
  const province = await caoBang();
  return {
    provinceId: province.id,
    name: 'Xã Thử Nghiệm',
    shortName: null,
    nameEn: null,
    kind: 'COMMUNE',
    parentId: null,
    adminCode: null,
    border: null,
    borderSource: null,
    groupId: null,
    note: null,
    active: true,
    ...overrides,
  };
}

const editOf = (unit: { id: number; updatedAt: Date }, input: UnitCreateInput) => {
  const { provinceId: _p, ...fields } = input;
  return { id: unit.id, updatedAt: unit.updatedAt, ...fields };
};

describe('units', () => {
  it('saves the border flag as unknown, then yes, and audits each change with before and after', async () => {
    const admin = await adminActor();
    const input = await newUnit({ name: 'Xã Biên Thùy', adminCode: '99001' });
    const unit = await createUnit(admin, input);
    expect(unit.border).toBeNull();

    const updated = await updateUnit(admin, editOf(unit, { ...input, border: true, borderSource: 'Quyết định thử' }));
    expect(updated.border).toBe(true);
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).border).toBe(true);

    const [created] = await auditRows('unit.create', unit.id);
    expect(created).toMatchObject({ actorId: admin.id, actorName: admin.name, entityType: 'Unit', entityId: String(unit.id), unitId: unit.id, provinceId: input.provinceId });
    expect(created.after).toMatchObject({ name: 'Xã Biên Thùy', border: null, adminCode: '99001' });
    const [edited] = await auditRows('unit.update', unit.id);
    expect(edited.before).toEqual({ border: null, borderSource: null });
    expect(edited.after).toEqual({ border: true, borderSource: 'Quyết định thử' });
  });

  it('reads the tri-state from the form: "" is unknown, "true" yes, "false" no', async () => {
    const province = await caoBang();
    const base = { provinceId: String(province.id), name: 'Xã A', kind: 'COMMUNE' };
    expect(unitCreateSchema.parse({ ...base, border: '' }).border).toBeNull();
    expect(unitCreateSchema.parse({ ...base, border: 'true' }).border).toBe(true);
    expect(unitCreateSchema.parse({ ...base, border: 'false' }).border).toBe(false);
    const edit = unitEditSchema.safeParse({ id: '1', updatedAt: 'not a date', name: 'Xã A', kind: 'COMMUNE' });
    expect(edit.success).toBe(false);
  });

  it('keeps the border flag empty for units that are not communes or wards', async () => {
    const admin = await adminActor();
    const unit = await createUnit(admin, await newUnit({ name: 'Sở Thử Nghiệm', kind: 'DEPARTMENT', border: true }));
    expect(unit.border).toBeNull();
  });

  it('refuses a duplicate name (any case) or administrative code in the province, and writes nothing', async () => {
    const admin = await adminActor();
    const existing = await unitNamed('Xã Cốc Pàng');
    const unitsBefore = await db.unit.count();
    const auditBefore = await db.auditEvent.count();

    const byName = await domainError(createUnit(admin, await newUnit({ name: 'xã cốc pàng' })));
    expect(byName.code).toBe('VALIDATION');
    expect(byName.fieldErrors).toEqual({ name: ['unitNameTaken'] });

    const byCode = await domainError(createUnit(admin, await newUnit({ name: 'Xã Mới', adminCode: existing.adminCode })));
    expect(byCode.fieldErrors).toEqual({ adminCode: ['adminCodeTaken'] });

    // Renaming another unit onto an existing name is refused the same way.
    const other = await unitNamed('Sở Tài chính');
    const rename = await domainError(updateUnit(admin, { ...editOf(other, await newUnit({ name: 'Xã Cốc Pàng', kind: other.kind })) }));
    expect(rename.fieldErrors.name).toEqual(['unitNameTaken']);

    expect(await db.unit.count()).toBe(unitsBefore);
    expect(await db.auditEvent.count()).toBe(auditBefore);
    expect((await db.unit.findUniqueOrThrow({ where: { id: other.id } })).name).toBe('Sở Tài chính');
  });

  it('refuses a parent that would close a loop, or the unit itself', async () => {
    const admin = await adminActor();
    const parent = await createUnit(admin, await newUnit({ name: 'Sở Cha', kind: 'DEPARTMENT' }));
    const child = await createUnit(admin, await newUnit({ name: 'Phòng Con', kind: 'SUB_UNIT', parentId: parent.id }));
    const grandchild = await createUnit(admin, await newUnit({ name: 'Tổ Cháu', kind: 'SUB_UNIT', parentId: child.id }));

    const loop = await domainError(updateUnit(admin, editOf(parent, await newUnit({ name: 'Sở Cha', kind: 'DEPARTMENT', parentId: grandchild.id }))));
    expect(loop.fieldErrors).toEqual({ parentId: ['parentCycle'] });
    const self = await domainError(updateUnit(admin, editOf(parent, await newUnit({ name: 'Sở Cha', kind: 'DEPARTMENT', parentId: parent.id }))));
    expect(self.fieldErrors).toEqual({ parentId: ['parentCycle'] });
    expect((await db.unit.findUniqueOrThrow({ where: { id: parent.id } })).parentId).toBeNull();

    // Moving the grandchild up under the top unit is fine.
    const moved = await updateUnit(admin, editOf(grandchild, await newUnit({ name: 'Tổ Cháu', kind: 'SUB_UNIT', parentId: parent.id })));
    expect(moved.parentId).toBe(parent.id);
  });

  it('refuses a parent or group of another province, and a group of the wrong kind', async () => {
    const admin = await adminActor();
    const other = await db.province.create({ data: { code: 'T1', name: 'Tỉnh Thử' } });
    const foreign = await db.unit.create({ data: { provinceId: other.id, name: 'Xã Ngoài', kind: 'COMMUNE' } });
    const foreignGroup = await db.emulationGroup.create({ data: { provinceId: other.id, kind: 'CLUSTER', code: 'CUM-X', name: 'Cụm ngoài' } });
    const block = await db.emulationGroup.findFirstOrThrow({ where: { code: 'KHOI-1', provinceId: (await caoBang()).id } });

    const wrong = await domainError(createUnit(admin, await newUnit({ parentId: foreign.id, groupId: foreignGroup.id })));
    expect(wrong.fieldErrors).toEqual({ parentId: ['admin.errors.parentNotFound'], groupId: ['admin.errors.groupNotFound'] });
    const kind = await domainError(createUnit(admin, await newUnit({ groupId: block.id })));
    expect(kind.fieldErrors).toEqual({ groupId: ['admin.errors.blockForDepartments'] });
  });

  it('puts a commune in a cluster and a department in a block', async () => {
    const admin = await adminActor();
    const province = await caoBang();
    const cluster = await db.emulationGroup.findFirstOrThrow({ where: { provinceId: province.id, code: 'CUM-2' } });
    const block = await db.emulationGroup.findFirstOrThrow({ where: { provinceId: province.id, code: 'KHOI-2' } });
    expect((await createUnit(admin, await newUnit({ name: 'Xã Cụm', groupId: cluster.id }))).groupId).toBe(cluster.id);
    expect((await createUnit(admin, await newUnit({ name: 'Sở Khối', kind: 'DEPARTMENT', groupId: block.id }))).groupId).toBe(block.id);
  });

  it('refuses a stale form: the record changed since the form was opened', async () => {
    const admin = await adminActor();
    const input = await newUnit({ name: 'Xã Cũ' });
    const unit = await createUnit(admin, input);
    await updateUnit(admin, editOf(unit, { ...input, shortName: 'Cũ' }));
    const stale = await domainError(updateUnit(admin, editOf(unit, { ...input, shortName: 'Khác' })));
    expect(stale.code).toBe('STALE');
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).shortName).toBe('Cũ');
    expect(await auditRows('unit.update', unit.id)).toHaveLength(1);
  });

  it('refuses every role but the administrator', async () => {
    for (const [role, unit] of [
      ['REVIEWER', 'Sở Nội vụ'],
      ['UNIT_HEAD', 'Xã Cốc Pàng'],
      ['LEADER', null],
    ] as const) {
      const actor = await makeActor(role, unit);
      expect((await domainError(createUnit(actor, await newUnit({ name: `Xã của ${role}` })))).code).toBe('FORBIDDEN');
      expect((await domainError(listUnits(actor, actor.provinceId, {}))).code).toBe('FORBIDDEN');
    }
    expect(await db.unit.count({ where: { name: { startsWith: 'Xã của' } } })).toBe(0);
  });

  it('lists units in Vietnamese order, searches without diacritics, filters by border and counts unknown border communes', async () => {
    const admin = await adminActor();
    const province = await caoBang();
    const all = await listUnits(admin, province.id, {});
    const names = all.map((u) => u.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));

    const found = await listUnits(admin, province.id, { q: 'coc pang' });
    expect(found.map((u) => u.name)).toEqual(['Xã Cốc Pàng']);
    expect((await listUnits(admin, province.id, { q: 'SO TAI CHINH' })).map((u) => u.name)).toContain('Sở Tài chính');
    expect(await listUnits(admin, province.id, { q: '%' })).toEqual([]);

    const unknown = await countUnknownBorder(admin, province.id);
    const communes = await listUnits(admin, province.id, { kind: 'COMMUNE', border: 'unknown' });
    expect(unknown).toBe(communes.length);
    expect(unknown).toBeGreaterThan(0);
    const border = await listUnits(admin, province.id, { border: 'yes' });
    expect(border.length).toBeGreaterThan(0);
    expect(border.every((u) => u.border === true)).toBe(true);

    const cocPang = all.find((u) => u.name === 'Xã Cốc Pàng')!;
    await updateUnit(admin, {
      ...editOf(await db.unit.findUniqueOrThrow({ where: { id: cocPang.id } }), await newUnit({ name: 'Xã Cốc Pàng', adminCode: cocPang.adminCode, border: false })),
      groupId: (await db.unit.findUniqueOrThrow({ where: { id: cocPang.id } })).groupId,
    });
    expect(await countUnknownBorder(admin, province.id)).toBe(unknown - (cocPang.border === null ? 1 : 0));
    expect((await listUnits(admin, province.id, { border: 'no' })).map((u) => u.name)).toEqual(['Xã Cốc Pàng']);
  });
});
