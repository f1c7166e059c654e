import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import type { Actor } from '@/lib/auth/session';
import { addProposalToSession, closeCouncilSession, createCouncilSession, openCouncilSession } from '@/lib/council/sessions';
import { castBallot } from '@/lib/council/ballot-box';
import { recordDecision } from '@/lib/decisions/record-decision';
import { certificateListFor } from '@/lib/decisions/certificates';
import { getDecision, listDecisionCandidates } from '@/lib/decisions/queries';
import { getPublicDecisions } from '@/lib/decisions/public-queries';
import { fileBytes, findReadableFile } from '@/lib/files/access';
import { toPdf } from '@/lib/documents/libreoffice';
import { auditRows, domainError, makeActor } from './admin-fixtures';
import { makeMembers, makeProposal, unitOfficer } from './council-fixtures';

let reviewer: Actor;
let members: Actor[];

const decisionInput = (number: string, proposalIds: number[]) => ({
  number,
  date: '2026-12-05',
  signer: 'Lê Hải Hòa',
  signerTitle: 'PHÓ CHỦ TỊCH',
  title: 'Về việc khen thưởng thành tích phong trào thi đua năm 2026',
  issuer: null,
  proposalRef: 'Tờ trình số 45/TTr-SNV ngày 02/12/2026',
  proposalIds,
});

/** A flag proposal taken through a session in which all 7 members vote yes (or no). */
async function approvedFlag(unit: string, yes = true) {
  const p = await makeProposal({ unit, formCode: 'CO_THI_DUA_UBND_TINH', status: 'DISCLOSURE', disclosure: ['2026-11-03', '2026-11-14'], createdBy: reviewer });
  const session = await createCouncilSession(reviewer, { title: `Phiên họp ${unit}`, meetingDate: '2026-12-01' });
  await addProposalToSession(reviewer, session.id, p.id);
  await openCouncilSession(reviewer, session.id);
  const item = await db.councilItem.findFirstOrThrow({ where: { sessionId: session.id } });
  for (const m of members) await castBallot(m, session.id, [{ itemId: item.id, choice: yes ? 'YES' : 'NO' }]);
  await closeCouncilSession(reviewer, session.id);
  return p;
}

beforeAll(async () => {
  setClock('2026-12-01T09:00:00+07:00');
  reviewer = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên');
  members = await makeMembers(7);
  for (const unit of ['Xã Trùng Khánh', 'Sở Y tế', 'Xã Hòa An']) await unitOfficer(unit);
});

beforeEach(() => {
  setClock('2026-12-05T10:00:00+07:00');
});

describe('recording a commendation decision', () => {
  it('decides approved and council-free proposals at once: registry lines, a public Word document that opens, notifications, audit', async () => {
    const flag = await approvedFlag('Xã Trùng Khánh');
    const bangKhen = await makeProposal({ unit: 'Sở Y tế', formCode: 'BANG_KHEN_CT_UBND_TINH', status: 'APPRAISED', person: 'Hoàng Thị Bích', createdBy: reviewer });
    const candidates = (await listDecisionCandidates(reviewer)).map((c) => c.id);
    expect(candidates).toEqual(expect.arrayContaining([flag.id, bangKhen.id]));

    const { id, fileId } = await recordDecision(reviewer, decisionInput('123/QĐ-UBND', [flag.id, bangKhen.id]));
    const decision = await db.decision.findUniqueOrThrow({ where: { id } });
    expect(decision).toMatchObject({ number: '123/QĐ-UBND', signer: 'Lê Hải Hòa', signerTitle: 'PHÓ CHỦ TỊCH', issuer: 'Chủ tịch UBND tỉnh Cao Bằng', fileId });
    expect(await db.proposal.findMany({ where: { id: { in: [flag.id, bangKhen.id] } }, select: { status: true, decisionId: true } })).toEqual([
      { status: 'DECIDED', decisionId: id },
      { status: 'DECIDED', decisionId: id },
    ]);

    const entries = await db.registryEntry.findMany({ where: { decisionId: id }, orderBy: { id: 'asc' } });
    const trungKhanh = await db.unit.findFirstOrThrow({ where: { name: 'Xã Trùng Khánh' } });
    const yTe = await db.unit.findFirstOrThrow({ where: { name: 'Sở Y tế' } });
    expect(entries.map((e) => ({ ...e, decisionDate: e.decisionDate?.toISOString().slice(0, 10) }))).toEqual([
      expect.objectContaining({ year: 2026, kind: 'TITLE', code: 'CO_THI_DUA_UBND_TINH', personId: null, unitId: trungKhanh.id, source: 'DECISION', decisionNumber: '123/QĐ-UBND', decisionDate: '2026-12-05', issuer: 'Chủ tịch UBND tỉnh Cao Bằng' }),
      expect.objectContaining({ year: 2026, kind: 'FORM', code: 'BANG_KHEN_CT_UBND_TINH', personId: bangKhen.personId, unitId: yTe.id, source: 'DECISION', decisionNumber: '123/QĐ-UBND' }),
    ]);

    // The Word document is public (no sign-in) and opens: LibreOffice turns it into a PDF with the decision in it.
    expect(await findReadableFile(null, fileId)).toMatchObject({ mimeType: expect.stringContaining('wordprocessingml') });
    const docx = Buffer.from((await fileBytes(fileId))!);
    const pdf = await toPdf(docx, 'docx');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
    if (pdftotext) {
      const dir = await mkdtemp(path.join(tmpdir(), 'decision-'));
      try {
        await writeFile(path.join(dir, 'd.pdf'), pdf);
        const text = execFileSync(pdftotext, [path.join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        for (const needle of ['123/QĐ-UBND', 'Xã Trùng Khánh', bangKhen.person!.fullName, 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'Tờ trình số 45/TTr-SNV', 'phiên họp ngày 01/12/2026', 'Lê Hải Hòa']) {
          expect(text).toContain(needle);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }

    // The certificate list: one line per awardee with the decision's number and date.
    const list = await certificateListFor(reviewer, id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(list.bytes as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')))));
    expect(rows).toContainEqual(['1', 'Xã Trùng Khánh', '', 'tỉnh Cao Bằng', 'Cờ thi đua của Ủy ban nhân dân tỉnh', '123/QĐ-UBND', '2026-12-05']);
    expect(rows).toContainEqual(['2', bangKhen.person!.fullName, 'Chuyên viên', 'Sở Y tế', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', '123/QĐ-UBND', '2026-12-05']);

    const issued = await db.notification.findMany({ where: { kind: 'DECISION_ISSUED', dedupeKey: { startsWith: `decision:${id}:` } } });
    expect(issued).toHaveLength(2);
    expect(issued.map((n) => n.params)).toContainEqual(expect.objectContaining({ number: '123/QĐ-UBND', date: '05/12/2026', nominee: 'Xã Trùng Khánh' }));

    expect(await auditRows('decision.record', id)).toEqual([expect.objectContaining({ actorId: reviewer.id, after: expect.objectContaining({ number: '123/QĐ-UBND', fileId }) })]);
    expect(await auditRows('proposal.decide', flag.id)).toEqual([expect.objectContaining({ fromStatus: 'APPROVED', toStatus: 'DECIDED' })]);
    expect(await auditRows('proposal.decide', bangKhen.id)).toEqual([expect.objectContaining({ fromStatus: 'APPRAISED', toStatus: 'DECIDED' })]);

    const page = await getDecision(reviewer, id);
    expect(page.awardees.map((a) => a.name)).toEqual(['Xã Trùng Khánh', bangKhen.person!.fullName]);
  });

  it('refuses a proposal the council must approve first, a rejected one, a taken number, and leaves nothing behind', async () => {
    const waiting = await makeProposal({ unit: 'Xã Hòa An', formCode: 'CO_THI_DUA_UBND_TINH', status: 'APPRAISED', createdBy: reviewer });
    expect(await domainError(recordDecision(reviewer, decisionInput('200/QĐ-UBND', [waiting.id])))).toMatchObject({ code: 'INVALID_STATE', messageKey: 'council.errors.flow.councilFirst' });
    const rejected = await approvedFlag('Xã Hòa An', false);
    expect(await db.proposal.findUniqueOrThrow({ where: { id: rejected.id } })).toMatchObject({ status: 'REJECTED' });
    expect(await domainError(recordDecision(reviewer, decisionInput('200/QĐ-UBND', [rejected.id])))).toMatchObject({ messageKey: 'council.errors.flow.wrongState' });
    expect((await listDecisionCandidates(reviewer)).map((c) => c.id)).not.toContain(rejected.id);

    const ok = await makeProposal({ unit: 'Xã Hòa An', formCode: 'BANG_KHEN_CT_UBND_TINH', status: 'APPRAISED', person: 'Lý Văn', createdBy: reviewer });
    const taken = await domainError(recordDecision(reviewer, decisionInput('123/QĐ-UBND', [ok.id])));
    expect(taken.fieldErrors).toEqual({ number: ['council.errors.numberTaken'] });
    expect(await domainError(recordDecision(members[0], decisionInput('201/QĐ-UBND', [ok.id])))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.decision.count({ where: { number: { in: ['200/QĐ-UBND', '201/QĐ-UBND'] } } })).toBe(0);
    expect(await db.proposal.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({ status: 'APPRAISED', decisionId: null });
  });

  it('lets one of two reviewers deciding the same proposal at once win', async () => {
    const p = await makeProposal({ unit: 'Xã Hòa An', formCode: 'BANG_KHEN_CT_UBND_TINH', status: 'APPRAISED', person: 'Triệu Thị', createdBy: reviewer });
    const reviewer2 = await makeActor('REVIEWER', 'Sở Nội vụ', 'Chuyên viên B');
    const outcome = await Promise.allSettled([recordDecision(reviewer, decisionInput('300/QĐ-UBND', [p.id])), recordDecision(reviewer2, decisionInput('301/QĐ-UBND', [p.id]))]);
    expect(outcome.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await db.registryEntry.count({ where: { personId: p.personId } })).toBe(1);
    expect(await db.decision.count({ where: { number: { in: ['300/QĐ-UBND', '301/QĐ-UBND'] } } })).toBe(1);
  });

  it('shows issued decisions to the public with awardees and the document, by year and form', async () => {
    const all = await getPublicDecisions({});
    const d123 = all!.decisions.find((d) => d.number === '123/QĐ-UBND')!;
    expect(d123.fileId).toEqual(expect.any(Number));
    expect(d123.awardees).toEqual([
      { kind: 'COLLECTIVE', name: 'Xã Trùng Khánh', unit: 'tỉnh Cao Bằng', form: 'Cờ thi đua của Ủy ban nhân dân tỉnh' },
      expect.objectContaining({ kind: 'PERSON', unit: 'Sở Y tế', form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' }),
    ]);
    expect(JSON.stringify(d123.awardees)).not.toContain('Chuyên viên');
    expect(all!.years).toEqual([2026]);
    expect(all!.forms.map((f) => f.code)).toEqual(expect.arrayContaining(['CO_THI_DUA_UBND_TINH', 'BANG_KHEN_CT_UBND_TINH']));
    expect((await getPublicDecisions({ year: 2025 }))!.decisions).toEqual([]);
    const flags = await getPublicDecisions({ year: 2026, form: 'CO_THI_DUA_UBND_TINH' });
    expect(flags!.decisions.map((d) => d.number)).toEqual(['123/QĐ-UBND']);
  });
});
