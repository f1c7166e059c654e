import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';

/** A stored file is readable by whoever may read the data of the unit that owns it. */
export async function findReadableFile(actor: Actor | null, fileId: number) {
  if (!actor) return null;
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    select: { id: true, name: true, mimeType: true, size: true, provinceId: true, unitId: true },
  });
  if (!file) return null;
  if (!isAllowed(actor, 'unit:read', { unitId: file.unitId, provinceId: file.provinceId })) return null;
  return file;
}

export async function fileBytes(fileId: number): Promise<Uint8Array | null> {
  const blob = await db.fileBlob.findUnique({ where: { fileId }, select: { data: true } });
  return blob ? new Uint8Array(blob.data) : null;
}
