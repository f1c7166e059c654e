import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { cpuSnapshot, cpuUse, type CpuSnapshot } from '@/lib/bench/cpu';

const snapshot = (rows: Array<[number, 'server' | 'postgres' | 'load generator' | 'other', number]>): CpuSnapshot =>
  new Map(rows.map(([pid, side, ticks]) => [pid, { side, ticks }]));

describe('the benchmark CPU accounting', () => {
  it('splits the CPU used between two snapshots by side and by request, and derives the ceiling', () => {
    const before = snapshot([[1, 'server', 100], [2, 'postgres', 50], [3, 'postgres', 0], [4, 'load generator', 10]]);
    // server 15 s, postgres 3 + 1.5 s (one backend started meanwhile), the generator 1 s, in 10 s for 2,000 saves
    const after = snapshot([[1, 'server', 1600], [2, 'postgres', 350], [3, 'postgres', 150], [4, 'load generator', 110], [5, 'other', 20]]);
    const use = cpuUse(before, after, 2000, 10);
    const by = Object.fromEntries(use.shares.map((s) => [s.side, s]));
    expect(by.server).toEqual({ side: 'server', seconds: 15, msPerRequest: 7.5, coreShare: 1.5 });
    expect(by.postgres.seconds).toBeCloseTo(4.5);
    expect(by.postgres.msPerRequest).toBeCloseTo(2.25);
    expect(by['load generator'].msPerRequest).toBeCloseTo(0.5);
    expect(by.other.seconds).toBeCloseTo(0.2);
    expect(use.cores).toBe(os.cpus().length);
    // 9.75 ms of server and database CPU a save: the cores serve cores × 1000 / 9.75 saves a second at most
    expect(use.ceilingPerSecond).toBeCloseTo((use.cores * 1000) / 9.75);
  });

  it('has no ceiling when nothing was served', () => {
    expect(cpuUse(new Map(), new Map(), 0, 10).ceilingPerSecond).toBeNull();
  });

  it('finds this process on the load generator side', () => {
    const own = cpuSnapshot(-1).get(process.pid);
    expect(own?.side).toBe('load generator');
    expect(own!.ticks).toBeGreaterThan(0);
  });
});
