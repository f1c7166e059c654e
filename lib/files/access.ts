import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';

type FileRow = { id: number; name: string; mimeType: string; size: number; provinceId: number; unitId: number | null };

/** Published exemplary-model photos and issued decisions are public; nothing else is. */
async function isPublicFile(fileId: number): Promise<boolean> {
  const [photo, decision] = await Promise.all([
    db.modelPhoto.findFirst({ where: { fileId, model: { status: 'PUBLISHED' } }, select: { id: true } }),
    db.decision.findFirst({ where: { fileId }, select: { id: true } }),
  ]);
  return Boolean(photo || decision);
}

/** Council members read the dossiers of the proposals put to the council. */
async function isCouncilDossier(actor: Actor, fileId: number): Promise<boolean> {
  if (!isAllowed(actor, 'council:vote')) return false;
  const document = await db.proposalDocument.findFirst({
    where: { fileId, proposal: { provinceId: actor.provinceId, councilSessionId: { not: null } } },
    select: { id: true },
  });
  return Boolean(document);
}

/** Home Affairs, the council and leaders read the photos of models submitted to them (not drafts). */
async function isSubmittedModelPhoto(actor: Actor, fileId: number): Promise<boolean> {
  if (!isAllowed(actor, 'model:read') && !isAllowed(actor, 'model:curate')) return false;
  const photo = await db.modelPhoto.findFirst({
    where: { fileId, model: { provinceId: actor.provinceId, status: { not: 'DRAFT' } } },
    select: { id: true },
  });
  return Boolean(photo);
}

/**
 * A stored file, if the reader may have it: whoever may read the owning unit's data, council
 * members for dossiers before the council, the readers of submitted models for their photos,
 * anyone for published photos and issued decisions.
 */
export async function findReadableFile(actor: Actor | null, fileId: number): Promise<FileRow | null> {
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    select: { id: true, name: true, mimeType: true, size: true, provinceId: true, unitId: true },
  });
  if (!file) return null;
  if (actor && isAllowed(actor, 'unit:read', { unitId: file.unitId, provinceId: file.provinceId })) return file;
  if (actor && actor.provinceId === file.provinceId && (await isCouncilDossier(actor, file.id))) return file;
  if (actor && actor.provinceId === file.provinceId && (await isSubmittedModelPhoto(actor, file.id))) return file;
  if (await isPublicFile(file.id)) return file;
  return null;
}

export async function fileBytes(fileId: number): Promise<Uint8Array | null> {
  const blob = await db.fileBlob.findUnique({ where: { fileId }, select: { data: true } });
  return blob ? new Uint8Array(blob.data) : null;
}
