/** Persons, registry lines and dossier files for the proposal tests (the template database has none). */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { createProposal, submitProposal } from '@/lib/proposals/proposal-service';
import { unitNamed } from './admin-fixtures';

export const COMMUNE = 'Xã Cốc Pàng';
export const OTHER_COMMUNE = 'Xã Đức Long';
export const ACHIEVEMENTS = 'Hoàn thành xuất sắc nhiệm vụ được giao; chủ trì xây dựng mô hình chuyển đổi số cấp xã, 100% hồ sơ trực tuyến.';

/** A small PDF (the dossier accepts PDF and Word, judged by content). */
export const pdf = (name = 'to-trinh.pdf') => new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, ...new Array(500).fill(0x20)])], name, { type: 'application/pdf' });

/** A PNG: refused for a dossier. */
export const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(100).fill(0)])], 'anh.png', { type: 'image/png' });

export async function person(unitName: string, fullName: string) {
  const unit = await unitNamed(unitName);
  return db.person.create({ data: { unitId: unit.id, fullName, position: 'Công chức' } });
}

/** Registry lines (sổ khen thưởng) of a person: one title per year. */
export async function titles(personId: number, code: string, years: number[], createdById: number) {
  const p = await db.person.findUniqueOrThrow({ where: { id: personId }, include: { unit: true } });
  await db.registryEntry.createMany({
    data: years.map((year) => ({ provinceId: p.unit.provinceId, year, kind: 'TITLE' as const, code, personId, unitId: p.unitId, source: 'UNIT_REVIEW' as const, createdById })),
  });
}

/** A proposal for a person with a tờ trình, created by the officer and, if asked, submitted by the head. */
export async function proposeFor(officer: Actor, personId: number, formCode: string, head?: Actor, year = 2026) {
  const { id } = await createProposal(officer, { recipient: 'INDIVIDUAL', personId, recipientUnitId: null, formCode, year, achievements: ACHIEVEMENTS, docType: 'TO_TRINH', file: pdf() });
  if (head) await submitProposal(head, { proposalId: id, version: 1 });
  return db.proposal.findUniqueOrThrow({ where: { id } });
}

export async function current(id: number) {
  return db.proposal.findUniqueOrThrow({ where: { id } });
}
