import type { GenerateOptions } from '@/lib/bench/generate';

/**
 * The generator tests' tiny run: Cao Bằng's first 3 communes (each with a head) and the owners of
 * provincial figures, one generated province of 3 communes and 2 departments, the 2025 baseline and
 * 2026, all closed on the run's day.
 */
export function tinyRun(options: Pick<GenerateOptions, 'dense'> = {}): GenerateOptions {
  return {
    databaseUrl: process.env.DATABASE_URL!,
    extraProvinces: 1,
    communesPerProvince: 3,
    departmentsPerProvince: 2,
    caoBangCommunes: 3,
    lastYear: 2026,
    today: '2027-06-01',
    unitHeads: 50,
    ...options,
  };
}
