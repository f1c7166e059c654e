/**
 * Seeds a migrated database: the catalogue always (only what is missing), demo accounts and
 * history when asked. One transaction, so a failed seed leaves nothing half-written.
 */
import { createClient } from '@/lib/db/client';
import { seedCatalogue } from './catalogue';
import { seedDemoAccounts, seedDemoHistory } from './demo';
import { seedCommendation } from './commendation';
import { seedDemoRegistry } from './demo-registry';
import { seedDemoProposals } from './demo-proposals';
import { seedDemoAppraisal } from './demo-appraisal';
import { seedDemoCouncil } from './demo-council';
import { seedDemoRegistrations } from './demo-registration';

export async function seed(databaseUrl: string, options: { demo: boolean; log?: (line: string) => void }) {
  const log = options.log ?? (() => {});
  const db = createClient(databaseUrl, 2);
  try {
    await db.$transaction(
      async (tx) => {
        // Two instances starting at once seed one after the other.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707370)`;
        const { province, campaign } = await seedCatalogue(tx, log);
        await seedCommendation(tx, province.id, log);
        if (options.demo) {
          await seedDemoAccounts(tx, province.id, log);
          await seedDemoHistory(tx, province.id, campaign.id, log);
          await seedDemoRegistrations(tx, province.id, campaign.id, log);
          await seedDemoAppraisal(tx, province.id, log);
          await seedDemoRegistry(tx, province.id, log);
          await seedDemoProposals(tx, province.id, log);
          await seedDemoCouncil(tx, province.id, log);
        }
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } finally {
    await db.$disconnect();
  }
}
