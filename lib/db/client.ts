import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** The options every client shares: the password hash never leaves the database unless asked for. */
const clientOptions = { omit: { user: { passwordHash: true } } } as const;

export function createClient(url: string, poolSize = 10) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }), ...clientOptions });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
