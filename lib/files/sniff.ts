/**
 * What an uploaded file really is, from its first bytes, not from its name or the browser's word.
 * Only documents and pictures are accepted as evidence; nothing is ever served back as HTML.
 */
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'docx' | 'xlsx' | 'zip-office' | 'doc' | 'xls';

export const MIME: Record<FileKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'zip-office': 'application/octet-stream',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

/** The kind of a file by its magic bytes and, for the zip-based Office formats, its name. */
export function sniffFile(bytes: Uint8Array, name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (lower.endsWith('.docx')) return 'docx';
    if (lower.endsWith('.xlsx')) return 'xlsx';
    return null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (lower.endsWith('.doc')) return 'doc';
    if (lower.endsWith('.xls')) return 'xls';
    return null;
  }
  return null;
}

/** A file name safe to store and to put in a Content-Disposition header. */
export function safeFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').normalize('NFC');
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim();
  return (cleaned || 'tep').slice(0, 150);
}
