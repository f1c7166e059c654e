import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { db } from '@/lib/db';
import { backupDatabase, restoreDatabase, tableChecksums, RestoreError } from '@/lib/db/backup';
import { saveReportDraft, addEvidence } from '@/lib/reporting/report-service';
import { setClock } from '@/lib/clock';
import { createScratchDatabase, query } from '@/tests/support/databases';
import { makeActor } from './admin-fixtures';

const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

describe('backup and restore', () => {
  it('restores into a fresh database with every table identical, uploaded files included, and ids that continue', async () => {
    // Some data of every kind: a report with a value and an evidence file (bytes in FileBlob).
    setClock('2026-10-05T09:00:00+07:00');
    const officer = await makeActor('UNIT_OFFICER', 'Xã Cốc Pàng', 'Cán bộ sao lưu');
    const period = await db.reportingPeriod.findFirstOrThrow({ where: { type: 'QUARTER', year: 2026, number: 3 } });
    const saved = await saveReportDraft(officer, { unitId: officer.unitId!, periodId: period.id, version: 0, values: { DOSSIERS_TOTAL: '1.234', DOSSIERS_ONLINE: '1.000' }, notes: { DOSSIERS_TOTAL: 'Ghi chú có dấu "ngoặc" và\ndòng mới' }, note: null, narrative: 'Tab\tvà \\ gạch chéo' });
    await addEvidence(officer, { reportId: saved.reportId, elementCode: null, file: new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2, 255])], 'minh-chung.pdf') });

    const dir = mkdtempSync(path.join(tmpdir(), 'backup-'));
    const file = path.join(dir, 'thidua.backup.gz');
    const manifest = await backupDatabase(process.env.DATABASE_URL!, file);
    expect(manifest.tables.find((t) => t.name === 'FileBlob')?.rows).toBeGreaterThan(0);

    const target = await createScratchDatabase('restore');
    drops.push(target.drop);
    await restoreDatabase(target.url, file);
    const [before, after] = await Promise.all([tableChecksums(process.env.DATABASE_URL!), tableChecksums(target.url)]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) expect(after[table], table).toBe(before[table]);
    // New rows get ids after the restored ones.
    const [{ max }] = await query<{ max: number }>(target.url, 'SELECT max(id) AS max FROM "AuditEvent"');
    const [{ id }] = await query<{ id: number }>(target.url, `INSERT INTO "AuditEvent" (action, "entityType") VALUES ('test', 'Test') RETURNING id`);
    expect(Number(id)).toBeGreaterThan(Number(max));
    await query(target.url, 'DELETE FROM "AuditEvent" WHERE id = $1', [id]);
    // Restoring again into the same (now full) database is refused, writing nothing.
    await expect(restoreDatabase(target.url, file)).rejects.toThrow(RestoreError);
    expect(await tableChecksums(target.url)).toEqual(after);
  });

  it('refuses a file that is not a backup', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'backup-'));
    const file = path.join(dir, 'fake.gz');
    writeFileSync(file, gzipSync('{"format":"something-else"}\n'));
    const target = await createScratchDatabase('refuse');
    drops.push(target.drop);
    await expect(restoreDatabase(target.url, file)).rejects.toThrow(/unknown format/);
  });
});
