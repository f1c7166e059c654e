/**
 * Zod building blocks for form fields, shared by forms and server actions. Messages are keys under
 * `validation` in the message catalogue; the action helper translates them.
 */
import { z } from 'zod';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);

export const requiredText = (max = 200) =>
  z.preprocess(blankToUndefined, z.string({ message: 'required' }).max(max, { message: 'tooLong' }));

export const optionalText = (max = 2000) =>
  z.preprocess(blankToUndefined, z.string().max(max, { message: 'tooLong' }).optional()).transform((v) => v ?? null);

/** A whole number typed in a form ("1.234" or "1234"), within bounds. */
export const intField = (min: number, max: number) =>
  z.preprocess(
    (v) => {
      const s = blankToUndefined(v);
      if (typeof s !== 'string') return s;
      const n = Number(s.replace(/[.\s]/g, ''));
      return Number.isNaN(n) ? s : n;
    },
    z.number({ message: 'integer' }).int({ message: 'integer' }).min(min, { message: 'min' }).max(max, { message: 'max' }),
  );

export const optionalInt = (min: number, max: number) =>
  z.preprocess((v) => blankToUndefined(v), intField(min, max).optional()).transform((v) => v ?? null);

/** The largest value of a PostgreSQL integer column: ids and versions past it are refused, not sent to the database. */
export const MAX_DB_INT = 2_147_483_647;

/** A database id from a <select> or hidden field. */
export const idField = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v) : v),
  z.number({ message: 'choose' }).int().positive({ message: 'choose' }).max(MAX_DB_INT, { message: 'choose' }),
);

export const optionalId = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), idField.nullable());

/** An HTML checkbox: present ("on") or absent. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** A tri-state select: "true", "false", or "" for unknown. */
export const triState = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : null), z.boolean().nullable());

export const enumField = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'choose' });

export const usernameField = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.string({ message: 'required' }).regex(/^[a-z0-9._-]{3,50}$/, { message: 'username' }),
);

export const emailField = z.preprocess(blankToUndefined, z.email({ message: 'email' }).max(200).optional()).transform((v) => v ?? null);
