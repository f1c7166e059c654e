import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditChanges, codesWithLabel, containsPattern, createsCycle, foldVietnamese, groupKindFor, parseVnDate, roleNeedsUnit, toVnDate } from './rules';
import { generatePassword } from './password';
import { newPasswordSchema } from '@/lib/auth/password';

describe('administration rules', () => {
  it('knows which roles need a unit', () => {
    expect(['UNIT_OFFICER', 'UNIT_HEAD', 'REVIEWER', 'COUNCIL_MEMBER'].every((r) => roleNeedsUnit(r as never))).toBe(true);
    expect(roleNeedsUnit('LEADER')).toBe(false);
    expect(roleNeedsUnit('ADMIN')).toBe(false);
  });

  it('puts communes and wards in clusters, departments in blocks, sub-units nowhere', () => {
    expect(groupKindFor('COMMUNE')).toBe('CLUSTER');
    expect(groupKindFor('WARD')).toBe('CLUSTER');
    expect(groupKindFor('DEPARTMENT')).toBe('BLOCK');
    expect(groupKindFor('PROVINCIAL_AGENCY')).toBe('BLOCK');
    expect(groupKindFor('SUB_UNIT')).toBeNull();
  });

  it('finds loops in the unit tree', () => {
    const tree = new Map<number, number | null>([
      [1, null],
      [2, 1],
      [3, 2],
      [4, null],
    ]);
    expect(createsCycle(1, 3, tree)).toBe(true);
    expect(createsCycle(1, 1, tree)).toBe(true);
    expect(createsCycle(3, 1, tree)).toBe(false);
    expect(createsCycle(1, 4, tree)).toBe(false);
    expect(createsCycle(1, null, tree)).toBe(false);
    // An existing loop elsewhere never hangs the walk.
    expect(createsCycle(9, 5, new Map([[5, 6], [6, 5]]))).toBe(true);
  });

  it('reads dd/mm/yyyy dates and refuses impossible ones', () => {
    expect(parseVnDate('26/11/2026')).toBe('2026-11-26');
    expect(parseVnDate(' 1/2/2026 ')).toBe('2026-02-01');
    expect(parseVnDate('29/02/2028')).toBe('2028-02-29');
    expect(parseVnDate('29/02/2026')).toBeNull();
    expect(parseVnDate('2026-11-26')).toBeNull();
    expect(parseVnDate('31/04/2026')).toBeNull();
    expect(toVnDate('2026-02-01')).toBe('01/02/2026');
  });

  it('escapes LIKE wildcards and folds Vietnamese', () => {
    expect(containsPattern(' 50%_a\\ ')).toBe('%50\\%\\_a\\\\%');
    expect(foldVietnamese('Đặng Thị Ánh Tuyết')).toBe('dang thi anh tuyet');
    expect(codesWithLabel('tao tai khoan', [{ 'user.create': 'Tạo tài khoản', 'unit.create': 'Thêm đơn vị' }, { 'user.create': 'Account created' }])).toEqual(['user.create']);
    expect(codesWithLabel('  ', [{ a: 'x' }])).toEqual([]);
  });

  it('shows the changed fields of an audit row', () => {
    expect(auditChanges({ a: 1, b: 'x' }, { a: 2, b: 'x' })).toEqual([{ field: 'a', before: 1, after: 2 }]);
    expect(auditChanges(null, { name: 'X', border: null })).toEqual([
      { field: 'name', before: null, after: 'X' },
      { field: 'border', before: null, after: null },
    ]);
    expect(auditChanges({ active: true }, null)).toEqual([{ field: 'active', before: true, after: null }]);
  });

  it('generates passwords that pass the policy and differ', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 40 }), (length) => {
        const password = generatePassword(length);
        return password.length === length && newPasswordSchema.safeParse(password).success && /[A-Z]/.test(password) && /[a-z]/.test(password) && !/[0O1lI]/.test(password);
      }),
    );
    expect(new Set(Array.from({ length: 50 }, () => generatePassword())).size).toBe(50);
  });
});
