/**
 * The administration forms, one zod schema each, shared by the form and the server. Messages are
 * catalogue keys (under `validation.`, or full keys such as 'errors.unitRequired').
 */
import { z } from 'zod';
import { checkbox, emailField, enumField, idField, optionalId, optionalInt, optionalText, requiredText, triState, usernameField } from '@/lib/forms/fields';
import type { Role } from '@/lib/generated/prisma/enums';
import { roleNeedsUnit } from './rules';
import { now, vnDay } from '@/lib/clock';

export const UNIT_KINDS = [
  'COMMUNE',
  'WARD',
  'DEPARTMENT',
  'MANAGEMENT_BOARD',
  'COUNCIL',
  'FRONT_COMMITTEE',
  'PROVINCIAL_MEDIA',
  'PROVINCIAL_PORTAL',
  'PROVINCIAL_AGENCY',
  'PARTY_BOARD',
  'SUB_UNIT',
] as const;

export const ROLE_VALUES = ['UNIT_OFFICER', 'UNIT_HEAD', 'REVIEWER', 'COUNCIL_MEMBER', 'LEADER', 'ADMIN'] as const satisfies readonly Role[];
const roleField = enumField(ROLE_VALUES);

/** The record's updatedAt as the form saw it (a hidden field): the optimistic-concurrency token. */
export const versionField = z.preprocess((v) => (typeof v === 'string' && v !== '' ? new Date(v) : v), z.date({ message: 'invalid' }));

/** Codes are kept upper case without spaces: '04', 'CB', '01273'. */
const codeField = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
    z.string({ message: 'required' }).min(1, { message: 'required' }).max(max, { message: 'tooLong' }).regex(/^[A-Z0-9._-]+$/, { message: 'admin.validation.code' }),
  );

const optionalCode = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), codeField(max).optional()).transform((v) => v ?? null);

// ---------------------------------------------------------------------------------------------------
// Provinces

const provinceFields = {
  code: codeField(10),
  name: requiredText(200),
  nameEn: optionalText(200),
};

/** A new province, and optionally its first administrator (whose password is generated). */
export const provinceCreateSchema = z
  .object({
    ...provinceFields,
    adminUsername: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), usernameField.optional()).transform((v) => v ?? null),
    adminDisplayName: optionalText(200),
  })
  .refine((v) => v.adminUsername === null || v.adminDisplayName !== null, { path: ['adminDisplayName'], message: 'required' });

export const provinceEditSchema = z.object({ id: idField, updatedAt: versionField, ...provinceFields });

export type ProvinceCreateInput = z.output<typeof provinceCreateSchema>;
export type ProvinceEditInput = z.output<typeof provinceEditSchema>;

// ---------------------------------------------------------------------------------------------------
// Units

const unitFields = {
  name: requiredText(200),
  shortName: optionalText(100),
  nameEn: optionalText(200),
  kind: enumField(UNIT_KINDS),
  parentId: optionalId,
  adminCode: optionalCode(20),
  /** có / không / chưa xác định */
  border: triState,
  borderSource: optionalText(500),
  groupId: optionalId,
  note: optionalText(2000),
  active: checkbox,
};

export const unitCreateSchema = z.object({ provinceId: idField, ...unitFields });
export const unitEditSchema = z.object({ id: idField, updatedAt: versionField, ...unitFields });

export type UnitFields = z.output<z.ZodObject<typeof unitFields>>;
export type UnitCreateInput = z.output<typeof unitCreateSchema>;
export type UnitEditInput = z.output<typeof unitEditSchema>;

// ---------------------------------------------------------------------------------------------------
// Users

/** The person an account stands for: none, an existing person of the unit, or a new one ("new"). */
const personChoice = z.preprocess(
  (v) => (v === '' || v === undefined || v === null ? null : v === 'new' ? 'new' : v),
  z.union([z.literal('new'), idField]).nullable(),
);

const userFields = {
  displayName: requiredText(200),
  role: roleField,
  unitId: optionalId,
  person: personChoice,
  /** for a new person: position and leadership post */
  position: optionalText(200),
  isLeader: checkbox,
  email: emailField,
};

const unitForRole = <T extends { role: Role; unitId: number | null }>(v: T) => !roleNeedsUnit(v.role) || v.unitId !== null;
const unitRequired = { path: ['unitId'], message: 'errors.unitRequired' };

export const userCreateSchema = z.object({ provinceId: idField, username: usernameField, ...userFields }).refine(unitForRole, unitRequired);
export const userEditSchema = z.object({ id: idField, updatedAt: versionField, ...userFields }).refine(unitForRole, unitRequired);
/** Deactivate, reactivate, reset the password: the account and the version the page showed. */
export const userTargetSchema = z.object({ id: idField, updatedAt: versionField });

/** The state the account should be in: the button says which. */
export const userActiveSchema = userTargetSchema.extend({ active: z.enum(['true', 'false'], { message: 'choose' }).transform((v) => v === 'true') });

export type UserFields = z.output<z.ZodObject<typeof userFields>>;
export type UserCreateInput = z.output<typeof userCreateSchema>;
export type UserEditInput = z.output<typeof userEditSchema>;
export type UserTargetInput = z.output<typeof userTargetSchema>;

// ---------------------------------------------------------------------------------------------------
// Persons

const birthYear = optionalInt(1900, 2100).refine((y) => y === null || y <= Number(vnDay(now()).slice(0, 4)), { message: 'admin.validation.birthYearFuture' });

const personFields = {
  unitId: idField,
  fullName: requiredText(200),
  position: optionalText(200),
  isLeader: checkbox,
  birthYear,
  active: checkbox,
};

export const personCreateSchema = z.object(personFields);
export const personEditSchema = z.object({ id: idField, updatedAt: versionField, ...personFields });

export type PersonCreateInput = z.output<typeof personCreateSchema>;
export type PersonEditInput = z.output<typeof personEditSchema>;

/** What a form shows once after a password was generated: the account and its password. */
export type IssuedPassword = { userId: number; username: string; password: string };
