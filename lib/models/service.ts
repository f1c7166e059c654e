import 'server-only';
/**
 * Exemplary models: a unit writes and submits its good practice with photos; Home Affairs returns,
 * publishes or archives it. Each change: the model looked up in the caller's province -> the
 * caller's right on it -> its status -> one transaction that changes it only at the version read
 * and writes the audit row (and the notification).
 */
import { db, type Tx } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { audit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { isAllowed } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session';
import type { ModelStatus } from '@/lib/generated/prisma/enums';
import { getSetting } from '@/lib/settings/queries';
import { readUpload, storeFile, type UploadedFile } from '@/lib/files/store';
import { sniffFile } from '@/lib/files/sniff';
import { notify, reviewersOf, usersOfUnit } from '@/lib/notifications/notify';
import { canMoveModel, fromStatuses, isModelEditable, TARGET, TRANSITION_ACTOR, type ModelTransition } from './rules';
import { MAX_PHOTOS, type ModelCreateInput, type ModelEditInput } from './schema';

const who = (actor: Actor) => ({ id: actor.id, name: actor.name, provinceId: actor.provinceId });

/** A picture from the form, or null when none was chosen; PNG and JPEG only, judged by content. */
async function readPhoto(actor: Actor, file: unknown): Promise<UploadedFile | null> {
  if (!(file instanceof File) || file.size === 0) return null;
  const maxMb = await getSetting(actor.provinceId, 'files.maxUploadMb');
  const upload = await readUpload(file, maxMb * 1024 * 1024);
  const kind = sniffFile(upload.bytes, upload.name);
  if (kind !== 'png' && kind !== 'jpeg') throw new DomainError('FILE_REJECTED', 'FILE_REJECTED', {}, { photo: ['models.errors.photoType'] });
  return upload;
}

async function attachPhoto(tx: Tx, actor: Actor, model: { id: number; provinceId: number; unitId: number }, upload: UploadedFile, caption: string | null) {
  const count = await tx.modelPhoto.count({ where: { modelId: model.id } });
  if (count >= MAX_PHOTOS) throw new DomainError('VALIDATION', 'VALIDATION', {}, { photo: [{ messageKey: 'models.errors.tooManyPhotos', params: { max: MAX_PHOTOS } }] });
  const file = await storeFile(tx, upload, { provinceId: model.provinceId, unitId: model.unitId, uploadedById: actor.id }, ['png', 'jpeg']);
  return tx.modelPhoto.create({ data: { modelId: model.id, fileId: file.id, caption, sortOrder: count }, select: { id: true, fileId: true, caption: true } });
}

/** A new model of the caller's own unit, as a draft, with its first photo if one was chosen. */
export async function createModel(actor: Actor, input: ModelCreateInput, ip: string | null = null) {
  if (actor.unitId === null || !isAllowed(actor, 'model:submit', { unitId: actor.unitId, provinceId: actor.provinceId })) throw new DomainError('FORBIDDEN');
  const unitId = actor.unitId;
  const upload = await readPhoto(actor, input.photo);
  return db.$transaction(async (tx) => {
    const model = await tx.exemplaryModel.create({
      data: { provinceId: actor.provinceId, unitId, title: input.title, summary: input.summary, body: input.body, createdById: actor.id },
    });
    const photo = upload ? await attachPhoto(tx, actor, model, upload, input.caption) : null;
    await audit(tx, who(actor), {
      action: 'model.create',
      entityType: 'ExemplaryModel',
      entityId: model.id,
      unitId,
      toStatus: 'DRAFT',
      after: { title: model.title, summary: model.summary, body: model.body, photos: photo ? [{ fileId: photo.fileId, caption: photo.caption }] : [] },
      ip,
    });
    return model;
  });
}

async function findModel(actor: Actor, id: number) {
  const model = await db.exemplaryModel.findFirst({ where: { id, provinceId: actor.provinceId }, include: { unit: { select: { name: true } } } });
  if (!model) throw new DomainError('NOT_FOUND');
  return model;
}

/** The unit's own model, while it is the unit's to edit. */
async function findEditable(actor: Actor, id: number, version: number) {
  const model = await findModel(actor, id);
  if (!isAllowed(actor, 'model:submit', { unitId: model.unitId, provinceId: model.provinceId })) throw new DomainError('FORBIDDEN');
  if (!isModelEditable(model.status)) throw new DomainError('INVALID_STATE', 'notEditable');
  if (model.version !== version) throw new DomainError('STALE');
  return model;
}

/** Moves the version on while the model is still editable at the version read; else STALE. */
async function bump(tx: Tx, id: number, version: number, data: { title?: string; summary?: string; body?: string } = {}) {
  const changed = await tx.exemplaryModel.updateMany({ where: { id, version, status: { in: ['DRAFT', 'RETURNED'] } }, data: { ...data, version: { increment: 1 } } });
  if (changed.count !== 1) throw new DomainError('STALE');
}

export async function updateModel(actor: Actor, input: ModelEditInput, ip: string | null = null) {
  const model = await findEditable(actor, input.id, input.version);
  const before = { title: model.title, summary: model.summary, body: model.body };
  const after = { title: input.title, summary: input.summary, body: input.body };
  await db.$transaction(async (tx) => {
    await bump(tx, model.id, input.version, after);
    await audit(tx, who(actor), { action: 'model.update', entityType: 'ExemplaryModel', entityId: model.id, unitId: model.unitId, before, after, ip });
  });
}

export async function addPhoto(actor: Actor, input: { id: number; version: number; photo: unknown; caption: string | null }, ip: string | null = null) {
  const model = await findEditable(actor, input.id, input.version);
  const upload = await readPhoto(actor, input.photo);
  if (!upload) throw new DomainError('VALIDATION', 'VALIDATION', {}, { photo: ['errors.fileMissing'] });
  await db.$transaction(async (tx) => {
    await bump(tx, model.id, input.version);
    const photo = await attachPhoto(tx, actor, model, upload, input.caption);
    await audit(tx, who(actor), { action: 'model.photoAdd', entityType: 'ExemplaryModel', entityId: model.id, unitId: model.unitId, after: { fileId: photo.fileId, name: upload.name, caption: photo.caption }, ip });
  });
}

export async function removePhoto(actor: Actor, input: { id: number; version: number; photoId: number }, ip: string | null = null) {
  const model = await findEditable(actor, input.id, input.version);
  const photo = await db.modelPhoto.findFirst({ where: { id: input.photoId, modelId: model.id }, include: { file: { select: { name: true } } } });
  if (!photo) throw new DomainError('NOT_FOUND');
  await db.$transaction(async (tx) => {
    await bump(tx, model.id, input.version);
    await tx.modelPhoto.delete({ where: { id: photo.id } });
    // The picture was only ever this model's: it goes with it (its bytes too, by cascade).
    await tx.storedFile.delete({ where: { id: photo.fileId } });
    await audit(tx, who(actor), { action: 'model.photoRemove', entityType: 'ExemplaryModel', entityId: model.id, unitId: model.unitId, before: { fileId: photo.fileId, name: photo.file.name, caption: photo.caption }, ip });
  });
}

const NOTICE: Partial<Record<ModelTransition, string>> = { submit: 'MODEL_SUBMITTED', return: 'MODEL_RETURNED', publish: 'MODEL_PUBLISHED' };

/**
 * submit (the owning unit), return with a note, publish, archive (Home Affairs). Returning needs a
 * note: the unit is told what to change.
 */
export async function moveModel(actor: Actor, input: { id: number; version: number; transition: ModelTransition; note: string | null }, ip: string | null = null) {
  const model = await findModel(actor, input.id);
  const allowed =
    TRANSITION_ACTOR[input.transition] === 'unit'
      ? isAllowed(actor, 'model:submit', { unitId: model.unitId, provinceId: model.provinceId })
      : isAllowed(actor, 'model:curate', { unitId: model.unitId, provinceId: model.provinceId });
  if (!allowed) throw new DomainError('FORBIDDEN');
  if (!canMoveModel(input.transition, model.status)) throw new DomainError('INVALID_STATE', 'alreadyDecided');
  if (model.version !== input.version) throw new DomainError('STALE', 'alreadyDecided');
  if (input.transition === 'return' && !input.note) throw new DomainError('VALIDATION', 'VALIDATION', {}, { note: ['models.errors.noteRequired'] });
  const to: ModelStatus = TARGET[input.transition];
  const curatorNote = input.transition === 'return' ? input.note : input.transition === 'submit' ? model.curatorNote : (input.note ?? model.curatorNote);
  const publishedAt = input.transition === 'publish' ? now() : model.publishedAt;

  await db.$transaction(async (tx) => {
    const changed = await tx.exemplaryModel.updateMany({
      where: { id: model.id, version: input.version, status: { in: fromStatuses(input.transition) } },
      data: { status: to, curatorNote, publishedAt, version: { increment: 1 } },
    });
    if (changed.count !== 1) throw new DomainError('STALE', 'alreadyDecided');
    await audit(tx, who(actor), {
      action: `model.${input.transition}`,
      entityType: 'ExemplaryModel',
      entityId: model.id,
      unitId: model.unitId,
      fromStatus: model.status,
      toStatus: to,
      after: input.note ? { note: input.note } : undefined,
      ip,
    });
    const kind = NOTICE[input.transition];
    if (!kind) return;
    const recipients = input.transition === 'submit' ? await reviewersOf(tx, model.provinceId) : await usersOfUnit(tx, model.unitId);
    await notify(tx, recipients, { kind, params: { unit: model.unit.name, title: model.title }, link: `/models/${model.id}`, event: `model:${model.id}:${input.version}:${input.transition}` });
  });
  return { status: to };
}
