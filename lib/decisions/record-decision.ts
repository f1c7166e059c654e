import 'server-only';
/**
 * Recording a commendation decision (quyết định khen thưởng), in ONE transaction: the decision, its
 * Word document (public once stored as Decision.fileId), the proposals moved to DECIDED, a registry
 * line (sổ khen thưởng) for each awardee, the audit rows and the proposing units' notifications.
 * The proposals are those the council approved and those appraised whose form needs no council.
 */
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RegistryKind } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/lib/auth/session';
import { auditActor, requirePermission } from '@/lib/auth/session';
import { audit } from '@/lib/audit';
import { DomainError } from '@/lib/errors';
import { dateToDay, dayToDate, now } from '@/lib/clock';
import { refusalOf, targetOf } from '@/lib/commendation/proposal-flow';
import { storeFile } from '@/lib/files/store';
import { formatDay } from '@/lib/i18n/format';
import { notify, usersOfUnit } from '@/lib/notifications/notify';
import { flowRefusal, formNeeds, refuse } from '@/lib/council/common';
import { awardeeOf, awardeeSelect } from './awardees';
import { decisionDocx } from './document';
import { DEFAULT_ISSUER, type RecordDecisionInput } from './schema';

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

const numberTaken = () => new DomainError('VALIDATION', 'council.errors.numberTaken', {}, { number: ['council.errors.numberTaken'] });

export async function recordDecision(actor: Actor, input: RecordDecisionInput) {
  requirePermission(actor, 'review:act');
  const ids = [...new Set(input.proposalIds)];
  if (ids.length === 0) throw refuse('VALIDATION', 'noProposals');
  const issuer = input.issuer?.trim() || DEFAULT_ISSUER;
  if (await db.decision.findUnique({ where: { provinceId_number: { provinceId: actor.provinceId, number: input.number } }, select: { id: true } })) throw numberTaken();

  const [proposals, province] = await Promise.all([
    db.proposal.findMany({
      where: { id: { in: ids }, provinceId: actor.provinceId },
      orderBy: { id: 'asc' },
      include: { ...awardeeSelect, person: { select: { ...awardeeSelect.person.select, unitId: true } }, councilSession: { select: { meetingDate: true } } },
    }),
    db.province.findUniqueOrThrow({ where: { id: actor.provinceId }, select: { name: true } }),
  ]);
  if (proposals.length !== ids.length) throw new DomainError('NOT_FOUND');
  const needs = await formNeeds(db, actor.provinceId, proposals.map((p) => p.formCode));
  for (const p of proposals) {
    const need = needs.get(p.formCode);
    if (!need) throw new DomainError('NOT_FOUND');
    const refusal = refusalOf('decide', p.status, actor.role, { needs: need });
    if (refusal) throw flowRefusal(refusal);
  }

  const lines = proposals.map((p) => ({
    proposal: p,
    form: needs.get(p.formCode)!,
    awardee: awardeeOf({ person: p.person, unit: p.personId ? null : p.recipientUnit }, needs.get(p.formCode)!.name, province.name),
    unitId: p.person?.unitId ?? p.recipientUnitId!,
  }));
  // The document is made before the transaction: it only needs what was read and typed.
  const docx = await decisionDocx(
    {
      number: input.number,
      date: input.date,
      signer: input.signer,
      signerTitle: input.signerTitle,
      title: input.title,
      issuer,
      proposalRef: input.proposalRef,
      years: proposals.map((p) => p.year),
      councilDays: proposals.flatMap((p) => (p.councilSession ? [dateToDay(p.councilSession.meetingDate)] : [])),
    },
    [...lines.filter((l) => l.awardee.kind === 'COLLECTIVE'), ...lines.filter((l) => l.awardee.kind === 'PERSON')].map((l) => l.awardee),
  );

  const at = now();
  const to = targetOf('decide');
  try {
    return await db.$transaction(async (tx) => {
      const decision = await tx.decision.create({
        data: {
          provinceId: actor.provinceId,
          number: input.number,
          date: dayToDate(input.date),
          signer: input.signer,
          signerTitle: input.signerTitle,
          title: input.title,
          issuer,
          createdById: actor.id,
          createdAt: at,
        },
      });
      const file = await storeFile(
        tx,
        { name: `Quyết định ${input.number.replace(/\//g, '-')}.docx`, bytes: new Uint8Array(docx) },
        { provinceId: actor.provinceId, unitId: null, uploadedById: actor.id },
        ['docx'],
      );
      await tx.decision.update({ where: { id: decision.id }, data: { fileId: file.id } });
      for (const { proposal: p, form, unitId } of lines) {
        const moved = await tx.proposal.updateMany({
          where: { id: p.id, status: p.status, version: p.version },
          data: { status: to, decisionId: decision.id, version: { increment: 1 } },
        });
        if (moved.count !== 1) throw new DomainError('STALE', 'alreadyDecided');
        await tx.registryEntry.create({
          data: {
            provinceId: actor.provinceId,
            year: p.year,
            kind: form.kind as RegistryKind,
            code: p.formCode,
            personId: p.personId,
            unitId,
            source: 'DECISION',
            decisionId: decision.id,
            decisionNumber: input.number,
            decisionDate: dayToDate(input.date),
            issuer,
            createdById: actor.id,
          },
        });
        await audit(tx, auditActor(actor), {
          action: 'proposal.decide',
          entityType: 'Proposal',
          entityId: p.id,
          unitId: p.unitId,
          fromStatus: p.status,
          toStatus: to,
          after: { decisionId: decision.id, number: input.number, date: input.date },
          at,
        });
        await notify(tx, await usersOfUnit(tx, p.unitId), {
          kind: 'DECISION_ISSUED',
          params: { number: input.number, date: formatDay(input.date), nominee: lineName(lines, p.id), form: form.name, year: p.year },
          link: `/proposals/${p.id}`,
          event: `decision:${decision.id}:${p.id}`,
        });
      }
      await audit(tx, auditActor(actor), {
        action: 'decision.record',
        entityType: 'Decision',
        entityId: decision.id,
        after: {
          number: input.number,
          date: input.date,
          signer: input.signer,
          signerTitle: input.signerTitle,
          title: input.title,
          issuer,
          fileId: file.id,
          proposals: lines.map((l) => ({ id: l.proposal.id, awardee: l.awardee.name, form: l.proposal.formCode })),
        },
        at,
      });
      return { id: decision.id, fileId: file.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTaken();
    throw error;
  }
}

function lineName(lines: Array<{ proposal: { id: number }; awardee: { name: string } }>, id: number): string {
  return lines.find((l) => l.proposal.id === id)?.awardee.name ?? '';
}
