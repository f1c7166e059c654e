import 'server-only';
import { createHash } from 'node:crypto';
import type { Tx } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { MIME, safeFileName, sniffFile, type FileKind } from './sniff';

export type UploadedFile = { name: string; bytes: Uint8Array };

/** Reads a File from a form into memory, refusing it past the size limit before anything is stored. */
export async function readUpload(file: unknown, maxBytes: number): Promise<UploadedFile> {
  if (!(file instanceof File) || file.size === 0) throw new DomainError('FILE_REJECTED', 'fileMissing');
  if (file.size > maxBytes) throw new DomainError('FILE_REJECTED', 'fileTooLarge', { mb: Math.round(maxBytes / 1024 / 1024) });
  // The name as stored: no path, no control characters (a NUL cannot go into the audit row's JSON either).
  return { name: safeFileName(file.name), bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Stores a file inside the caller's transaction (metadata and bytes together: no orphan file can
 * outlive a failed change). Only the kinds given are accepted, judged by content.
 */
export async function storeFile(
  tx: Tx,
  upload: UploadedFile,
  owner: { provinceId: number; unitId: number | null; uploadedById: number },
  accepted: readonly FileKind[],
) {
  const kind = sniffFile(upload.bytes, upload.name);
  if (!kind || !accepted.includes(kind)) throw new DomainError('FILE_REJECTED', 'fileType');
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  return tx.storedFile.create({
    data: {
      provinceId: owner.provinceId,
      unitId: owner.unitId,
      uploadedById: owner.uploadedById,
      name: safeFileName(upload.name),
      mimeType: MIME[kind],
      size: upload.bytes.byteLength,
      sha256,
      blob: { create: { data: Buffer.from(upload.bytes) } },
    },
    select: { id: true, name: true, mimeType: true, size: true },
  });
}

export const EVIDENCE_KINDS: readonly FileKind[] = ['pdf', 'png', 'jpeg', 'docx', 'xlsx', 'doc', 'xls'];
