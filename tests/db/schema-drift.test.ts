import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/db/migrate';
import { schemaDifferences } from '@/lib/db/schema-drift';
import { SCHEMA_EXTRAS } from '@/prisma/schema-extras';
import { createScratchDatabase, query } from '@/tests/support/databases';

let url = '';
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ url, drop } = await createScratchDatabase('drift'));
  await migrate(url);
});
afterAll(() => drop());

/** Applies a change, returns the differences it causes, and undoes it. */
async function differencesAfter(change: string, undo: string) {
  await query(url, change);
  try {
    return await schemaDifferences(url, SCHEMA_EXTRAS);
  } finally {
    await query(url, undo);
  }
}

describe('the migrated database matches schema.prisma', () => {
  it('has no difference after all migrations', async () => {
    expect(await schemaDifferences(url, SCHEMA_EXTRAS)).toEqual([]);
  });

  it('notices a dropped column', async () => {
    const diffs = await differencesAfter('ALTER TABLE "Unit" DROP COLUMN "border"', 'ALTER TABLE "Unit" ADD COLUMN "border" BOOLEAN');
    expect(diffs).toContain('column Unit.border is missing');
  });

  it('notices a changed type', async () => {
    const diffs = await differencesAfter(
      'ALTER TABLE "Indicator" ALTER COLUMN "targetValue" TYPE DOUBLE PRECISION',
      'ALTER TABLE "Indicator" ALTER COLUMN "targetValue" TYPE DECIMAL(20,4)',
    );
    expect(diffs).toContain('column Indicator.targetValue has type double precision, schema says numeric(20,4)');
  });

  it('notices changed nullability', async () => {
    const diffs = await differencesAfter('ALTER TABLE "Person" ALTER COLUMN "position" SET NOT NULL', 'ALTER TABLE "Person" ALTER COLUMN "position" DROP NOT NULL');
    expect(diffs).toContain('column Person.position is NOT NULL, schema says nullable');
  });

  it('notices a lost index', async () => {
    const diffs = await differencesAfter('DROP INDEX "Report_periodId_status_idx"', 'CREATE INDEX "Report_periodId_status_idx" ON "Report"("periodId", "status")');
    expect(diffs).toContain('index Report_periodId_status_idx on Report(periodId, status) is missing');
  });

  it('notices a lost unique constraint, a changed default and a lost foreign key', async () => {
    expect(
      await differencesAfter('DROP INDEX "User_username_key"', 'CREATE UNIQUE INDEX "User_username_key" ON "User"("username")'),
    ).toContain('unique index User_username_key on User(username) is missing');
    expect(
      await differencesAfter('ALTER TABLE "User" ALTER COLUMN "sessionVersion" SET DEFAULT 0', 'ALTER TABLE "User" ALTER COLUMN "sessionVersion" SET DEFAULT 1'),
    ).toContain('column User.sessionVersion has default 0, schema says 1');
    expect(
      await differencesAfter(
        'ALTER TABLE "Unit" DROP CONSTRAINT "Unit_parentId_fkey"',
        'ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE',
      ),
    ).toContain('foreign key Unit_parentId_fkey is missing');
  });

  it('notices objects the schema does not know and the allow-list does not name', async () => {
    const diffs = await differencesAfter(
      'ALTER TABLE "Unit" ADD COLUMN "extra" TEXT; ALTER TABLE "Unit" ADD CONSTRAINT "unit_name_check" CHECK (length(name) > 0)',
      'ALTER TABLE "Unit" DROP COLUMN "extra"; ALTER TABLE "Unit" DROP CONSTRAINT "unit_name_check"',
    );
    expect(diffs).toContain('column Unit.extra is not in the schema');
    expect(diffs).toContain('CHECK constraint Unit.unit_name_check is neither in the schema nor in prisma/schema-extras.ts');
  });
});
