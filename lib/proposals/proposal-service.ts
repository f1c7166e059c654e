import 'server-only';
/**
 * The unit's side of a proposal: the officer prepares it and its dossier, the unit head submits it.
 * On submission eligibility is judged from the registry by the rule in force that day and stored
 * with the proposal; an ineligible proposal may still go (docs/decisions/005): Home Affairs decides.
 */
import { db, type Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ProposalDocType } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/lib/auth/session';
import { auditActor, requirePermission } from '@/lib/auth/session';
import { audit, changedFields } from '@/lib/audit';
import { DomainError, isDomainError, type FieldErrorKey } from '@/lib/errors';
import { now, vnDay } from '@/lib/clock';
import { getSetting } from '@/lib/settings/queries';
import { readUpload, storeFile, type UploadedFile } from '@/lib/files/store';
import type { FileKind } from '@/lib/files/sniff';
import { fromStates, isProposalEditable } from '@/lib/commendation/proposal-flow';
import { notify, reviewersOf } from '@/lib/notifications/notify';
import { assertStep, findReadableProposal, formOf, unitTree } from './lookup';
import { isProposable, missingRequiredDocs, needsOf, proposalYears, recipientAllowed } from './rules';
import { judgeProposal } from './eligibility-facts';
import type { ProposalFields } from './schema';

/** The dossier is PDF or Word only. */
export const DOSSIER_KINDS: readonly FileKind[] = ['pdf', 'docx', 'doc'];

const EDITABLE = ['DRAFT', 'NEEDS_INFO'] as const;

function hasFile(file: unknown): file is File {
  return file instanceof File && file.size > 0;
}

/** Reads the upload, turning a refusal into an error next to the file field. */
async function readDossierFile(provinceId: number, file: unknown): Promise<UploadedFile> {
  const maxMb = await getSetting(provinceId, 'files.maxUploadMb');
  try {
    return await readUpload(file, maxMb * 1024 * 1024);
  } catch (error) {
    if (isDomainError(error) && error.code === 'FILE_REJECTED') {
      throw new DomainError('FILE_REJECTED', 'FILE_REJECTED', {}, { file: [{ messageKey: `errors.${error.messageKey}`, params: error.params }] });
    }
    throw error;
  }
}

async function storeDossierFile(tx: Tx, upload: UploadedFile, owner: { provinceId: number; unitId: number; uploadedById: number }) {
  try {
    return await storeFile(tx, upload, owner, DOSSIER_KINDS);
  } catch (error) {
    if (isDomainError(error) && error.code === 'FILE_REJECTED') {
      throw new DomainError('FILE_REJECTED', 'FILE_REJECTED', {}, { file: ['commendation.errors.fileType'] });
    }
    throw error;
  }
}

/**
 * The nominee and form, checked against the proposing unit: a person or a unit of its tree, a form
 * the province awards to that kind of recipient, a year it may propose for, no open proposal twice.
 */
async function checkNominee(actor: Actor, proposingUnitId: number, fields: ProposalFields, exceptId?: number) {
  const errors: Record<string, FieldErrorKey[]> = {};
  const [form, tree] = await Promise.all([formOf(db, actor.provinceId, fields.formCode), unitTree(proposingUnitId)]);
  if (!form || !isProposable(form)) errors.formCode = ['commendation.errors.formUnknown'];
  else if (!recipientAllowed(form.recipient, fields.recipient)) errors.formCode = [`commendation.errors.recipientMismatch${fields.recipient === 'INDIVIDUAL' ? 'Individual' : 'Collective'}`];
  let personId: number | null = null;
  let recipientUnitId: number | null = null;
  if (fields.recipient === 'INDIVIDUAL') {
    const person = await db.person.findFirst({ where: { id: fields.personId ?? -1, unitId: { in: tree }, active: true }, select: { id: true } });
    if (person) personId = person.id;
    else errors.personId = ['commendation.errors.personNotInUnit'];
  } else {
    const unit = await db.unit.findFirst({ where: { id: fields.recipientUnitId ?? -1, active: true, provinceId: actor.provinceId }, select: { id: true } });
    if (unit && tree.includes(unit.id)) recipientUnitId = unit.id;
    else errors.recipientUnitId = ['commendation.errors.unitNotInTree'];
  }
  if (!proposalYears(vnDay()).includes(fields.year)) errors.year = ['commendation.errors.yearOutOfRange'];
  if (Object.keys(errors).length === 0) {
    const twin = await db.proposal.findFirst({
      where: { provinceId: actor.provinceId, formCode: fields.formCode, year: fields.year, personId, recipientUnitId, status: { not: 'REJECTED' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    if (twin) errors.formCode = [{ messageKey: 'commendation.errors.duplicate', params: { id: twin.id } }];
  }
  if (Object.keys(errors).length) throw new DomainError('VALIDATION', 'VALIDATION', {}, errors);
  return { form: form!, personId, recipientUnitId };
}

export type CreateProposalInput = ProposalFields & { docType?: string; file?: unknown };

/** The officer (or head) opens a proposal of their own unit, with its first dossier file if given. */
export async function createProposal(actor: Actor, input: CreateProposalInput): Promise<{ id: number }> {
  if (actor.unitId === null) throw new DomainError('FORBIDDEN');
  const unitId = actor.unitId;
  requirePermission(actor, 'unit:edit', { unitId, provinceId: actor.provinceId });
  const nominee = await checkNominee(actor, unitId, input);
  let upload: UploadedFile | null = null;
  if (hasFile(input.file)) {
    if (!input.docType) throw new DomainError('VALIDATION', 'VALIDATION', {}, { docType: ['validation.choose'] });
    upload = await readDossierFile(actor.provinceId, input.file);
  }
  return db.$transaction(async (tx) => {
    const proposal = await tx.proposal.create({
      data: {
        provinceId: actor.provinceId,
        unitId,
        year: input.year,
        formCode: input.formCode,
        recipient: input.recipient,
        personId: nominee.personId,
        recipientUnitId: nominee.recipientUnitId,
        achievements: input.achievements,
        createdById: actor.id,
      },
    });
    const file = upload ? await storeDossierFile(tx, upload, { provinceId: actor.provinceId, unitId, uploadedById: actor.id }) : null;
    if (file) await tx.proposalDocument.create({ data: { proposalId: proposal.id, fileId: file.id, docType: input.docType as ProposalDocType } });
    await audit(tx, auditActor(actor), {
      action: 'proposal.create',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId,
      toStatus: 'DRAFT',
      after: { formCode: input.formCode, recipient: input.recipient, personId: nominee.personId, recipientUnitId: nominee.recipientUnitId, year: input.year, document: file ? { name: file.name, docType: input.docType } : null },
    });
    return { id: proposal.id };
  });
}

/** Looks up a proposal the actor's unit may still change. */
async function editableProposal(actor: Actor, proposalId: number) {
  const proposal = await findReadableProposal(actor, proposalId);
  requirePermission(actor, 'unit:edit', { unitId: proposal.unitId, provinceId: actor.provinceId });
  if (!isProposalEditable(proposal.status)) throw new DomainError('INVALID_STATE', 'notEditable');
  return proposal;
}

/** Bumps the version if the proposal is still editable and as the editor saw it. */
async function touch(tx: Tx, proposalId: number, version: number, data: Prisma.ProposalUpdateManyMutationInput = {}) {
  const moved = await tx.proposal.updateMany({ where: { id: proposalId, version, status: { in: [...EDITABLE] } }, data: { ...data, version: { increment: 1 } } });
  if (moved.count !== 1) throw new DomainError('STALE');
}

export async function updateProposal(actor: Actor, input: ProposalFields & { proposalId: number; version: number }) {
  const proposal = await editableProposal(actor, input.proposalId);
  const nominee = await checkNominee(actor, proposal.unitId, input, proposal.id);
  const after = { formCode: input.formCode, recipient: input.recipient, personId: nominee.personId, recipientUnitId: nominee.recipientUnitId, year: input.year, achievements: input.achievements };
  const changes = changedFields(proposal as unknown as Record<string, unknown>, after);
  await db.$transaction(async (tx) => {
    await touch(tx, proposal.id, input.version, after);
    await audit(tx, auditActor(actor), { action: 'proposal.update', entityType: 'Proposal', entityId: proposal.id, unitId: proposal.unitId, after: { changes } });
  });
}

export async function addProposalDocument(actor: Actor, input: { proposalId: number; version: number; docType: string; file: unknown }) {
  const proposal = await editableProposal(actor, input.proposalId);
  const upload = await readDossierFile(actor.provinceId, input.file);
  await db.$transaction(async (tx) => {
    await touch(tx, proposal.id, input.version);
    const file = await storeDossierFile(tx, upload, { provinceId: actor.provinceId, unitId: proposal.unitId, uploadedById: actor.id });
    await tx.proposalDocument.create({ data: { proposalId: proposal.id, fileId: file.id, docType: input.docType as ProposalDocType } });
    await audit(tx, auditActor(actor), {
      action: 'proposal.document-add',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: proposal.unitId,
      after: { file: file.name, size: file.size, docType: input.docType },
    });
  });
}

export async function removeProposalDocument(actor: Actor, input: { proposalId: number; version: number; documentId: number }) {
  const proposal = await editableProposal(actor, input.proposalId);
  const document = await db.proposalDocument.findFirst({ where: { id: input.documentId, proposalId: proposal.id }, include: { file: { select: { name: true } } } });
  if (!document) throw new DomainError('NOT_FOUND');
  await db.$transaction(async (tx) => {
    await touch(tx, proposal.id, input.version);
    await tx.proposalDocument.delete({ where: { id: document.id } });
    await tx.storedFile.delete({ where: { id: document.fileId } });
    await audit(tx, auditActor(actor), {
      action: 'proposal.document-remove',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: proposal.unitId,
      before: { file: document.file.name, docType: document.docType },
    });
  });
}

/** A nominee's name and the form's, for notifications. */
export async function proposalLabels(tx: Tx, proposal: { provinceId: number; unitId: number; formCode: string; personId: number | null; recipientUnitId: number | null }) {
  // One after the other: a transaction's queries share one connection.
  const form = await tx.commendationForm.findUnique({ where: { provinceId_code: { provinceId: proposal.provinceId, code: proposal.formCode } }, select: { name: true } });
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: proposal.unitId }, select: { name: true } });
  const person = proposal.personId ? await tx.person.findUnique({ where: { id: proposal.personId }, select: { fullName: true } }) : null;
  const recipientUnit = proposal.recipientUnitId ? await tx.unit.findUnique({ where: { id: proposal.recipientUnitId }, select: { name: true } }) : null;
  return { form: form?.name ?? proposal.formCode, unit: unit.name, nominee: person?.fullName ?? recipientUnit?.name ?? '' };
}

/**
 * The unit head sends the proposal to Home Affairs (again, after a request for missing items):
 * the tờ trình must be there; eligibility is judged today and stored, eligible or not.
 */
export async function submitProposal(actor: Actor, input: { proposalId: number; version: number; response?: string | null }) {
  const proposal = await findReadableProposal(actor, input.proposalId);
  requirePermission(actor, 'unit:submit', { unitId: proposal.unitId, provinceId: actor.provinceId });
  const form = await formOf(db, proposal.provinceId, proposal.formCode);
  assertStep('submit', proposal.status, actor, { needs: needsOf(form) });
  const documents = await db.proposalDocument.findMany({ where: { proposalId: proposal.id }, select: { docType: true } });
  const missing = missingRequiredDocs(documents.map((d) => d.docType));
  if (missing.length) throw new DomainError('VALIDATION', 'commendation.errors.toTrinhRequired');
  const today = vnDay();
  const eligibility = await judgeProposal(db, proposal, today);
  const at = now();
  await db.$transaction(async (tx) => {
    const moved = await tx.proposal.updateMany({
      where: { id: proposal.id, version: input.version, status: { in: [...fromStates('submit')] } },
      data: {
        status: 'SUBMITTED',
        version: { increment: 1 },
        submissionCount: { increment: 1 },
        submittedAt: at,
        submittedById: actor.id,
        eligibility: eligibility as unknown as Prisma.InputJsonValue,
        eligible: eligibility.eligible,
      },
    });
    if (moved.count !== 1) throw new DomainError('STALE');
    if (input.response) await tx.proposalComment.create({ data: { proposalId: proposal.id, authorId: actor.id, kind: 'RESPONSE', text: input.response, createdAt: at } });
    await audit(tx, auditActor(actor), {
      action: 'proposal.submit',
      entityType: 'Proposal',
      entityId: proposal.id,
      unitId: proposal.unitId,
      fromStatus: proposal.status,
      toStatus: 'SUBMITTED',
      after: { submission: proposal.submissionCount + 1, eligible: eligibility.eligible, rule: eligibility.rule ? `${eligibility.rule.formCode}/v${eligibility.rule.version}` : null, judgedOn: today },
    });
    const labels = await proposalLabels(tx, proposal);
    await notify(tx, await reviewersOf(tx, actor.provinceId), {
      kind: 'PROPOSAL_SUBMITTED',
      params: { ...labels, year: proposal.year },
      link: `/proposals/${proposal.id}`,
      event: `proposal-submitted:${proposal.id}:${proposal.submissionCount + 1}`,
    });
  });
  return { eligible: eligibility.eligible };
}
