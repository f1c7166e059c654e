/**
 * Malformed input, as fast-check arbitraries: what a hostile or broken client can send to a Server
 * Action. A case starts from the catalogue's VALID input (so the other fields carry it deep into the
 * domain code) and breaks one to four things in it: a field set to a hostile value (wrong type,
 * 100 000 characters, NUL, RTL override, combining marks, lone surrogates, emoji, SQL and HTML,
 * negative, NaN, Infinity, nested objects), a field dropped, fields added; or the whole argument
 * replaced by something that is not a form at all. Files: empty, random bytes, HTML behind a PDF or
 * PNG signature, broken and truncated workbooks, zip bombs (honest and lying about their size),
 * files past the size limit, hostile names.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import type { FormFields } from './harness';

const HUGE = 'x'.repeat(100_000);
const HUGE_WIDE = 'Ệ'.repeat(100_000);

/** Hostile strings: each a known way to break a parser, a query, a page or a database. */
export const hostileStrings = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  '\u200B\u200C\u200D\uFEFF',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309',
  'Z̴̡̛͓̜̗̈́a̷͓̾l̶̙̈g̵̣̉o̸̡͋',
  '\uD800',
  'x\uDC00y',
  '😀👨‍👩‍👧‍👦🇻🇳',
  "' OR '1'='1",
  "'; DROP TABLE \"User\"; --",
  '1; SELECT pg_sleep(10)',
  '$1',
  '%s%n%x',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '-1',
  '0',
  '-0',
  '1.5',
  '1,5',
  '1e308',
  '-1e308',
  'NaN',
  'Infinity',
  '-Infinity',
  '9007199254740993',
  '99999999999999999999999999',
  '１２３',
  '٣',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '2026-02-30',
  '31/02/2026',
  '00/00/0000',
  '99/99/9999',
  HUGE,
  HUGE_WIDE,
];

/** Values of every type that JSON (or React's action encoding) can carry to a data action. */
const hostileValues: unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  -1,
  -0,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 31) - 1,
  10n ** 30n,
  new Date('invalid'),
  new Date(8.64e15),
  [],
  [null],
  ['a', 1, { a: 1 }],
  {},
  { nested: { deeper: { deepest: 'x' } } },
  { toString: 'not a function' },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  new Map([['a', 1]]),
  new Set([1]),
  new Uint8Array([1, 2, 3]),
];

const lonely = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
export const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: lonely, minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

const hostileDatum = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 3, arbitrary: fc.constantFrom(...hostileValues) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

// ---------------------------------------------------------------------------------------------------
// Files

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (bytes: Uint8Array, name: string, type = 'application/octet-stream') => new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
const text = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
};

/** A zip of one entry, deflated, whose headers declare `declared` bytes (the truth, or a lie). */
function zipOf(name: string, content: Uint8Array, declared = content.length): Uint8Array {
  const data = deflateRawSync(content, { level: 9 });
  const n = text(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, declared, true);
  local.setUint16(26, n.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, declared, true);
  central.setUint16(28, n.length, true);
  const centralAt = 30 + n.length + data.length;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + n.length, true);
  end.setUint32(16, centralAt, true);
  return concat(new Uint8Array(local.buffer), n, data, new Uint8Array(central.buffer), n, new Uint8Array(end.buffer));
}

/** The files made once: bombs and the oversized file are costly to build. */
export async function makeHostileFiles(validWorkbook: Uint8Array) {
  const zeros = new Uint8Array(64 * 1024 * 1024);
  const broken = new JSZip();
  broken.file('[Content_Types].xml', '<Types><Override PartName="/xl/workbook.xml"');
  broken.file('xl/workbook.xml', '<workbook><sheets><sheet name="<script>" r:id="rId1"/></sheets>');
  broken.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${'<row><c t="s"><v>99999999</v></c></row>'.repeat(2000)}</sheetData></worksheet>`);
  const noSheets = new JSZip();
  noSheets.file('hello.txt', 'not a workbook');
  const bytes = {
    empty: new Uint8Array(0),
    html: text('<!doctype html><html><script>alert(document.cookie)</script></html>'),
    svg: text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    pdfWithHtml: concat(text('%PDF-1.4\n'), text('<html><script>alert(1)</script></html>')),
    pngWithScript: concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), text('<script>alert(1)</script>')),
    zipHeaderOnly: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
    brokenWorkbook: new Uint8Array(await broken.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })),
    zipWithoutWorkbook: new Uint8Array(await noSheets.generateAsync({ type: 'uint8array' })),
    honestBomb: zipOf('xl/worksheets/sheet1.xml', zeros),
    lyingBomb: zipOf('xl/worksheets/sheet1.xml', zeros, 1024),
    oversized: new Uint8Array(11 * 1024 * 1024),
    // A copy: the damaged variants below change bytes of it (a Buffer's slice would share them with the caller's).
    workbook: new Uint8Array(validWorkbook),
  };
  return bytes;
}

export type HostileFiles = Awaited<ReturnType<typeof makeHostileFiles>>;

const hostileNames = ['tep.pdf', 'anh.png', 'bao-cao.xlsx', '', '.', '../../etc/passwd', 'C:\\Windows\\win.ini', '\u202Efdp.exe', 'x\u0000.pdf', `${'a'.repeat(5000)}.pdf`, '<script>.pdf', 'tệp có dấu 😀.docx', 'con.xlsx'];

export function hostileFile(files: HostileFiles) {
  const named = fc.constantFrom(...hostileNames);
  const fixed = fc.tuple(fc.constantFrom(...(Object.keys(files) as Array<keyof HostileFiles>)), named, fc.constantFrom(XLSX, 'application/pdf', 'image/png', 'text/html', '')).map(([key, name, type]) => file(files[key], name, type));
  const random = fc.tuple(fc.uint8Array({ maxLength: 4096 }), named).map(([b, name]) => file(b, name));
  // A real workbook cut short, or with bytes flipped: a zip whose inside is damaged.
  const damaged = fc
    .tuple(fc.integer({ min: 0, max: files.workbook.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }), fc.boolean())
    .map(([cut, flips, truncate]) => {
      const copy = truncate ? files.workbook.slice(0, cut) : files.workbook.slice();
      if (!truncate) for (const [at, value] of flips) copy[at % copy.length] = value;
      return file(copy, 'bao-cao.xlsx', XLSX);
    });
  return fc.oneof({ weight: 4, arbitrary: fixed }, { weight: 2, arbitrary: random }, { weight: 3, arbitrary: damaged });
}

// ---------------------------------------------------------------------------------------------------
// Mutations of a valid input

type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  if (depth > 3 || value === null || typeof value !== 'object' || value instanceof File) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([key, v]) => [[...prefix, key], ...pathsOf(v, [...prefix, key], depth + 1)]);
}

function cloneInput<T>(value: T): T {
  if (value instanceof File || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneInput) as T;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, cloneInput(v)])) as T;
}

function setAt(target: unknown, path: Path, value: unknown, remove: boolean) {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
}

export type Mutation =
  | { kind: 'set'; path: Path; value: unknown }
  | { kind: 'drop'; path: Path }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'replace'; value: unknown };

const extraKeys = ['$ACTION_ID_0', '$ACTION_REF_1', '__proto__', 'constructor', 'prototype', 'id', 'unitId', 'provinceId', 'role', 'c.999999999', 'c.99999999999', 'c.0', 'c.-1', 'c.1e3', 'score.X', 'choice.1', 'choice.999999999', 'v.DOSSIERS_TOTAL', 'missing[]', 'proposalIds[]', 'a'.repeat(1000)];

/**
 * One to four breakages of the valid input `base`, or the whole argument replaced. `style` says what
 * the action takes: a form (strings and files only) or plain data (any value). `files` adds
 * malformed files for upload fields.
 */
export function mutations(base: Record<string, unknown>, style: 'form' | 'data', files: HostileFiles) {
  const paths = style === 'form' ? Object.keys(base).map((k) => [k]) : pathsOf(base);
  const hasFile = Object.values(base).some((v) => v instanceof File);
  const formValue = fc.oneof(
    { weight: 8, arbitrary: hostileString },
    { weight: hasFile ? 4 : 1, arbitrary: hostileFile(files) },
    { weight: 1, arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 3 }) },
  );
  const value = style === 'form' ? formValue : hostileDatum;
  const one: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...paths), value }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), path: fc.constantFrom(...paths) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), key: fc.oneof(fc.constantFrom(...extraKeys), fc.string({ maxLength: 20 })), value }) },
  );
  const whole = fc.record({ kind: fc.constant('replace' as const), value: fc.constantFrom<unknown>(null, undefined, 'x', 42, [], [base], { nested: base }, new Map(), HUGE) });
  return fc.oneof({ weight: 19, arbitrary: fc.array(one, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: whole.map((m) => [m as Mutation]) });
}

/** The input with the mutations applied (the base is not touched). */
export function applyMutations(base: Record<string, unknown>, list: Mutation[]): unknown {
  if (list.length === 1 && list[0].kind === 'replace') return list[0].value;
  const input = cloneInput(base);
  for (const m of list) {
    try {
      if (m.kind === 'set') setAt(input, m.path, m.value, false);
      else if (m.kind === 'drop') setAt(input, m.path, undefined, true);
      else if (m.kind === 'add') (input as Record<string, unknown>)[m.key] = m.value;
    } catch {
      // A path through a value an earlier mutation replaced: this mutation no longer applies.
    }
  }
  return input;
}

/** A form of the mutated input: strings and files as the browser would post them, anything else as text. */
export function asFormFields(input: unknown): FormFields | unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input) || input instanceof Map) return input;
  const fields: FormFields = {};
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) fields[k] = v.map((x) => (x instanceof File ? x : String(x)));
    else fields[k] = v instanceof File ? v : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  }
  return fields;
}

/** A short description of an input for a failure message (no 100 000-character strings). */
export function summarise(value: unknown, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 40)}…(${value.length} chars)` : value);
  if (value instanceof File) return `File(${JSON.stringify(value.name.slice(0, 40))}, ${value.size} bytes, ${value.type || 'no type'})`;
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof FormData) return summarise(Object.fromEntries([...value.keys()].map((k) => [k, value.getAll(k)])), depth);
  if (value === null || typeof value !== 'object') return String(value);
  if (depth > 2) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) return `[${value.slice(0, 5).map((v) => summarise(v, depth + 1)).join(', ')}${value.length > 5 ? ', …' : ''}]`;
  if (value instanceof Map || value instanceof Set || value instanceof Date || ArrayBuffer.isView(value)) return `${value.constructor.name}`;
  return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${summarise(v, depth + 1)}`).join(', ')} }`;
}
