/** What every fixture shares: the day, the two communes, unique numbers, minimal files. */

/** The day every case runs on: Q3/2026 open and on time, the 2027 registration window open. */
export const NOW = '2026-10-05T09:00:00+07:00';
export const PASSWORD = 'Matkhau@2026';

export type UnitKey = 'own' | 'other';
export const OWN = 'Xã Cốc Pàng';
export const OTHER = 'Xã Đức Long';

let sequence = 0;
/** A number never used before in this file's database: unique codes, names, usernames. */
export const next = () => ++sequence;

// Bytes the upload checks judge by content (the first bytes); the rest need not be a whole file.
export const pdfBytes = () => new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, ...new Array(600).fill(0x20)]);
export const pngBytes = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(64).fill(0)]);
export const pdf = (name = 'minh-chung.pdf') => new File([pdfBytes()], name, { type: 'application/pdf' });
export const png = (name = 'anh.png') => new File([pngBytes()], name, { type: 'image/png' });
