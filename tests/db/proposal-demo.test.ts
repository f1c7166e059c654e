import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClock } from '@/lib/clock';
import { seedDemoAccounts } from '@/prisma/seed/demo';
import { seedDemoRegistry } from '@/prisma/seed/demo-registry';
import { seedDemoProposals } from '@/prisma/seed/demo-proposals';
import { getPublicDisclosures } from '@/lib/proposals/disclosure-queries';
import { caoBang } from './admin-fixtures';

describe('demo proposals', () => {
  it('fill the queue with one proposal per step in other units, once, beside the demo registry', async () => {
    setClock('2026-11-26T09:00:00+07:00');
    const province = await caoBang();
    const lines: string[] = [];
    const seedAll = () =>
      db.$transaction(
        async (tx) => {
          await seedDemoAccounts(tx, province.id, (l) => lines.push(l));
          await seedDemoRegistry(tx, province.id, (l) => lines.push(l));
          await seedDemoProposals(tx, province.id, (l) => lines.push(l));
        },
        { timeout: 60_000 },
      );
    await seedAll();
    await seedAll();
    expect(lines.filter((l) => l.includes('commendation proposals'))).toEqual(['demo: 6 commendation proposals']);
    // The registry demo (which the end-to-end scenarios rely on) still ran.
    const hanh = await db.person.findFirstOrThrow({ where: { fullName: 'Nông Thị Hạnh' } });
    expect(await db.registryEntry.count({ where: { personId: hanh.id, code: 'CSTD_CO_SO' } })).toBe(2);

    const proposals = await db.proposal.findMany({ include: { unit: true, documents: true }, orderBy: { id: 'asc' } });
    expect(proposals.map((p) => p.status).sort()).toEqual(['APPRAISED', 'DISCLOSURE', 'NEEDS_INFO', 'REJECTED', 'SUBMITTED', 'SUBMITTED']);
    expect(proposals.every((p) => p.unit.name !== 'Xã Cốc Pàng' && p.documents.length === 1 && p.eligible !== null)).toBe(true);
    expect(proposals.find((p) => p.unit.name === 'Phường Thục Phán')?.eligible).toBe(true);
    expect(proposals.find((p) => p.unit.name === 'Xã Bảo Lâm')?.eligible).toBe(false);
    expect(proposals.find((p) => p.unit.name === 'Xã Hà Quảng')?.eligible).toBe(true);
    const [shown] = (await getPublicDisclosures('04'))!.proposals;
    expect(shown).toMatchObject({ nominee: 'Nông Văn Thành', unit: 'Xã Hà Quảng' });
    const file = await db.fileBlob.findFirstOrThrow({ where: { fileId: proposals[0].documents[0].fileId } });
    expect(Buffer.from(file.data).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
