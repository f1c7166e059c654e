import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { cpuSnapshot, cpuUse, type CpuSnapshot } from '@/lib/bench/cpu';

/** pid, side, ticks of all its threads, and of its main thread (the same unless given) */
const snapshot = (rows: Array<[number, 'server' | 'postgres' | 'load generator' | 'other', number, number?]>): CpuSnapshot =>
  new Map(rows.map(([pid, side, ticks, mainThreadTicks]) => [pid, { side, ticks, mainThreadTicks: mainThreadTicks ?? ticks }]));

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
    // 9.75 ms of server and database CPU a save: the cores serve cores × 1000 / 9.75 saves a second at
    // most; the server's main thread (all of its 7.5 ms here) would allow 133 a second
    expect(use.serverThread).toEqual({ msPerRequest: 7.5, coreShare: 1.5 });
    expect(use.ceilingPerSecond).toBeCloseTo(Math.min((use.cores * 1000) / 9.75, 1000 / 7.5));
    expect(use.limit).toBe(use.cores * 1000 / 9.75 < 1000 / 7.5 ? 'cores' : 'server thread');
  });

  it('bounds the ceiling by the server\u2019s busiest JavaScript thread when that is lower than the cores', () => {
    // two server processes (a wrapper and Node); Node's main thread 1.8 of its 2.2 s; postgres 1 s; 1,000 saves in 2 s
    const before = snapshot([[1, 'server', 0, 0], [2, 'server', 0, 0], [3, 'postgres', 0]]);
    const after = snapshot([[1, 'server', 20, 20], [2, 'server', 220, 180], [3, 'postgres', 100]]);
    const use = cpuUse(before, after, 1000, 2);
    expect(use.serverThread.msPerRequest).toBeCloseTo(1.8);
    expect(use.serverThread.coreShare).toBeCloseTo(0.9);
    // the cores: 2 × 1000 / (2.4 + 1) = 588 a second; the thread: 1000 / 1.8 = 556
    if (use.cores >= 2) {
      expect(use.limit).toBe('server thread');
      expect(use.ceilingPerSecond).toBeCloseTo(1000 / 1.8);
    }
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
