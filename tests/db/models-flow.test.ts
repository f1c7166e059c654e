import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { setClock } from '@/lib/clock';
import { addPhoto, createModel, moveModel, removePhoto, updateModel } from '@/lib/models/service';
import { getModel, listModels } from '@/lib/models/queries';
import { getPublishedModel, listPublishedModels } from '@/lib/models/public-queries';
import { findReadableFile } from '@/lib/files/access';
import { auditRows, domainError, makeActor } from './admin-fixtures';

/** The first bytes are what the store judges by; the rest need not be a full picture. */
const jpeg = (name = 'anh.jpg') => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])], name, { type: 'image/jpeg' });
const png = (name = 'anh.png') => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])], name, { type: 'image/png' });
const htmlAsJpeg = () => new File(['<html><script>alert(1)</script></html>'], 'anh.jpg', { type: 'image/jpeg' });

const text = { title: 'Mô hình "Dân vận khéo" xây dựng đường nông thôn', summary: 'Nhân dân hiến đất, góp công làm 12 km đường bê tông.', body: 'Đoạn một.\nDòng hai.\n\n<b>Đoạn hai</b> giữ nguyên chữ.' };

let officer: Actor;
let head: Actor;
let otherOfficer: Actor;
let reviewer: Actor;
let council: Actor;
let admin: Actor;

beforeAll(async () => {
  officer = await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng');
  head = await makeActor('UNIT_HEAD', 'Xã Cốc Pàng');
  otherOfficer = await makeActor('UNIT_OFFICER', 'Sở Tài chính');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ');
  council = await makeActor('COUNCIL_MEMBER', 'Hội đồng Thi đua - Khen thưởng tỉnh');
  admin = await makeActor('ADMIN');
});

describe('exemplary models: submit, curate, publish', () => {
  it('accepts a JPEG with the draft, refuses an HTML file named .jpg, and keeps the draft to its unit', async () => {
    const refused = await domainError(createModel(officer, { ...text, photo: htmlAsJpeg(), caption: null }));
    expect(refused.code).toBe('FILE_REJECTED');
    expect(refused.fieldErrors.photo).toEqual(['models.errors.photoType']);
    expect(await db.exemplaryModel.count()).toBe(0);

    const model = await createModel(officer, { ...text, photo: jpeg(), caption: 'Nhân dân làm đường' });
    expect(model.status).toBe('DRAFT');
    const stored = await db.modelPhoto.findFirstOrThrow({ where: { modelId: model.id }, include: { file: true } });
    expect(stored.file).toMatchObject({ mimeType: 'image/jpeg', unitId: officer.unitId });
    expect(stored.caption).toBe('Nhân dân làm đường');

    // Drafts stay with the unit: not another unit, not Home Affairs, not the council.
    expect((await listModels(otherOfficer)).map((m) => m.id)).not.toContain(model.id);
    expect((await listModels(reviewer)).map((m) => m.id)).not.toContain(model.id);
    expect((await domainError(getModel(council, model.id))).code).toBe('NOT_FOUND');
    expect((await getModel(head, model.id)).can).toMatchObject({ edit: true, submit: true, publish: false });
    expect((await auditRows('model.create', model.id))[0]).toMatchObject({ actorId: officer.id, toStatus: 'DRAFT' });
  });

  it('lets only its own unit edit it', async () => {
    const model = await db.exemplaryModel.findFirstOrThrow();
    expect((await domainError(updateModel(otherOfficer, { id: model.id, version: model.version, ...text, title: 'Của đơn vị khác' }))).code).toBe('FORBIDDEN');
    expect((await domainError(addPhoto(otherOfficer, { id: model.id, version: model.version, photo: png(), caption: null }))).code).toBe('FORBIDDEN');
    expect((await domainError(moveModel(otherOfficer, { id: model.id, version: model.version, transition: 'submit', note: null }))).code).toBe('FORBIDDEN');
    expect((await domainError(updateModel(reviewer, { id: model.id, version: model.version, ...text }))).code).toBe('FORBIDDEN');

    await addPhoto(officer, { id: model.id, version: model.version, photo: png(), caption: 'Khánh thành' });
    expect((await domainError(addPhoto(officer, { id: model.id, version: model.version, photo: png(), caption: null }))).code).toBe('STALE');
    const fresh = await db.exemplaryModel.findUniqueOrThrow({ where: { id: model.id }, include: { photos: true } });
    expect(fresh.photos).toHaveLength(2);
    await removePhoto(officer, { id: model.id, version: fresh.version, photoId: fresh.photos[1].id });
    expect(await db.storedFile.count({ where: { id: fresh.photos[1].fileId } })).toBe(0);
    expect(await auditRows('model.photoRemove', model.id)).toHaveLength(1);
  });

  it('goes submitted -> returned with a note -> submitted -> published, each step audited and announced', async () => {
    let model = await db.exemplaryModel.findFirstOrThrow();
    await moveModel(officer, { id: model.id, version: model.version, transition: 'submit', note: null });
    model = await db.exemplaryModel.findFirstOrThrow();
    expect(model.status).toBe('SUBMITTED');
    expect(await db.notification.count({ where: { userId: reviewer.id, kind: 'MODEL_SUBMITTED' } })).toBe(1);
    // Submitted: the unit can no longer edit; the council may read it.
    expect((await domainError(updateModel(officer, { id: model.id, version: model.version, ...text }))).code).toBe('INVALID_STATE');
    expect((await getModel(council, model.id)).can).toMatchObject({ edit: false, publish: false });
    expect((await domainError(moveModel(officer, { id: model.id, version: model.version, transition: 'publish', note: null }))).code).toBe('FORBIDDEN');

    const noNote = await domainError(moveModel(reviewer, { id: model.id, version: model.version, transition: 'return', note: null }));
    expect(noNote.fieldErrors.note).toEqual(['models.errors.noteRequired']);
    await moveModel(reviewer, { id: model.id, version: model.version, transition: 'return', note: 'Bổ sung số liệu kết quả.' });
    model = await db.exemplaryModel.findFirstOrThrow();
    expect(model).toMatchObject({ status: 'RETURNED', curatorNote: 'Bổ sung số liệu kết quả.' });
    expect(await db.notification.count({ where: { userId: officer.id, kind: 'MODEL_RETURNED' } })).toBe(1);

    await updateModel(officer, { id: model.id, version: model.version, ...text, body: `${text.body}\n\nKết quả: 12 km.` });
    model = await db.exemplaryModel.findFirstOrThrow();
    await moveModel(head, { id: model.id, version: model.version, transition: 'submit', note: null });
    model = await db.exemplaryModel.findFirstOrThrow();
    // Two curators at once: the second is told it was already decided.
    setClock('2026-11-26T10:00:00+07:00');
    await moveModel(reviewer, { id: model.id, version: model.version, transition: 'publish', note: null });
    expect((await domainError(moveModel(reviewer, { id: model.id, version: model.version, transition: 'return', note: 'Muộn' }))).code).toBe('INVALID_STATE');
    model = await db.exemplaryModel.findFirstOrThrow();
    expect(model.status).toBe('PUBLISHED');
    expect(model.publishedAt?.toISOString()).toBe('2026-11-26T03:00:00.000Z');

    const steps = await db.auditEvent.findMany({ where: { entityType: 'ExemplaryModel', entityId: String(model.id), fromStatus: { not: null } }, orderBy: { id: 'asc' } });
    expect(steps.map((s) => `${s.action} ${s.fromStatus}->${s.toStatus}`)).toEqual([
      'model.submit DRAFT->SUBMITTED',
      'model.return SUBMITTED->RETURNED',
      'model.submit RETURNED->SUBMITTED',
      'model.publish SUBMITTED->PUBLISHED',
    ]);
  });

  it('shows only published models to the public, with their photos', async () => {
    const published = await db.exemplaryModel.findFirstOrThrow({ where: { status: 'PUBLISHED' }, include: { photos: true } });
    const draft = await createModel(officer, { title: 'Bản nháp khác', summary: 'Chưa gửi', body: 'Chưa gửi', photo: jpeg('nhap.jpg'), caption: null });
    const draftPhoto = await db.modelPhoto.findFirstOrThrow({ where: { modelId: draft.id } });

    const list = await listPublishedModels();
    expect(list?.models.map((m) => m.id)).toEqual([published.id]);
    expect(await getPublishedModel(draft.id)).toBeNull();
    const shown = await getPublishedModel(published.id);
    // Text is kept as typed (the page escapes it); nothing of the curation shows.
    expect(shown?.body).toContain('<b>Đoạn hai</b>');
    expect(shown).not.toHaveProperty('curatorNote');
    expect(shown?.photos).toHaveLength(1);

    expect(await findReadableFile(null, published.photos[0].fileId)).not.toBeNull();
    expect(await findReadableFile(null, draftPhoto.fileId)).toBeNull();
    // Signed-in readers without curation rights see the published ones too.
    expect((await listModels(admin)).map((m) => m.id)).toEqual([published.id]);

    await moveModel(reviewer, { id: published.id, version: published.version, transition: 'archive', note: null });
    expect((await listPublishedModels())?.models).toHaveLength(0);
    expect(await findReadableFile(null, published.photos[0].fileId)).toBeNull();
  });
});
