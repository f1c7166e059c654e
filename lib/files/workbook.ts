/**
 * Opening an uploaded workbook that the portal itself made (the report template, the registry
 * import): never throws and refuses, before exceljs sees a byte, what is not a zip, a broken zip, an
 * encrypted or zip64 archive, and archives whose entries declare more than `maxUncompressedBytes` in
 * all; each entry is then inflated with its declared size as a hard limit, so an entry that lies
 * about its size (a zip bomb) is refused without ever being held in memory. Then the very hidden
 * metadata sheet must name the expected kind and version of file.
 *
 * A refusal is a key of the caller's message catalogue (each reader has the same keys: notXlsx,
 * empty, tooLarge, legacyFormat, corrupt, encrypted, uncompressedTooLarge, foreign, oldVersion).
 */
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

export const META_SHEET = '_meta';
const MB = 1024 * 1024;

export type WorkbookRefusal = { key: string; params?: Record<string, string | number> };
export type OpenedWorkbook = { workbook: ExcelJS.Workbook; meta: (key: string) => string | null; sheet: ExcelJS.Worksheet | undefined };

const refuse = (key: string, params?: WorkbookRefusal['params']): WorkbookRefusal => ({ key, ...(params ? { params } : {}) });

/** A metadata cell as text (the portal writes strings and numbers there). */
function metaText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value && typeof value === 'object' && 'richText' in value) return metaText(value.richText.map((r) => r.text).join(''));
  return null;
}

/** The workbook, its metadata and the sheet the metadata names; or why the file is refused. */
export async function openPortalWorkbook(
  buffer: unknown,
  expected: { kind: string; version: number; maxBytes: number; maxUncompressedBytes: number },
): Promise<OpenedWorkbook | { refusal: WorkbookRefusal }> {
  try {
    if (!(buffer instanceof Uint8Array)) return { refusal: refuse('notXlsx') };
    const buf = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    if (buf.length === 0) return { refusal: refuse('empty') };
    if (buf.length > expected.maxBytes) return { refusal: refuse('tooLarge', { maxMb: Math.round((expected.maxBytes / MB) * 10) / 10 }) };
    const refusal = inspectZip(buf, expected.maxUncompressedBytes);
    if (refusal) return { refusal };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(META_SHEET);
    const meta = (key: string) => {
      if (!sheet) return null;
      for (let r = 1; r <= Math.min(sheet.rowCount, 50); r++) if (metaText(sheet.getCell(r, 1).value) === key) return metaText(sheet.getCell(r, 2).value);
      return null;
    };
    if (meta('kind') !== expected.kind) return { refusal: refuse('foreign') };
    if (Number(meta('version')) !== expected.version) return { refusal: refuse('oldVersion') };
    return { workbook, meta, sheet: workbook.getWorksheet(meta('sheet') ?? '') };
  } catch {
    return { refusal: refuse('corrupt') };
  }
}

/** Checks the archive without trusting it; returns a refusal, or null when it is a sane xlsx package. */
function inspectZip(buf: Buffer, maxUncompressedBytes: number): WorkbookRefusal | null {
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) return refuse('legacyFormat');
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return refuse('notXlsx');
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return refuse('corrupt');
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || count > 5000) return refuse('corrupt');
  const names = new Set<string>();
  let total = 0;
  let at = cdOffset;
  const entries: Array<{ method: number; compressed: number; size: number; local: number }> = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return refuse('corrupt');
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    if (flags & 1) return refuse('encrypted');
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return refuse('uncompressedTooLarge', { maxMb: maxUncompressedBytes / MB });
    if (method !== 0 && method !== 8) return refuse('corrupt');
    total += size;
    if (total > maxUncompressedBytes) return refuse('uncompressedTooLarge', { maxMb: maxUncompressedBytes / MB });
    names.add(buf.toString('utf8', at + 46, Math.min(buf.length, at + 46 + nameLength)).replace(/^\//, ''));
    entries.push({ method, compressed, size, local });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) return refuse('notXlsx');
  for (const e of entries) {
    if (e.local + 30 > buf.length || buf.readUInt32LE(e.local) !== 0x04034b50) return refuse('corrupt');
    const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
    if (start + e.compressed > buf.length) return refuse('corrupt');
    const data = buf.subarray(start, start + e.compressed);
    let out: Buffer;
    try {
      out = e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
    } catch (error) {
      const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      return tooBig ? refuse('uncompressedTooLarge', { maxMb: maxUncompressedBytes / MB }) : refuse('corrupt');
    }
    if (out.length !== e.size) return refuse('corrupt');
  }
  return null;
}
