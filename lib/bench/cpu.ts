/**
 * Where the machine's CPU goes during a load: the seconds each side spent (the server's process group,
 * PostgreSQL's processes, the load generator, everything else), read from /proc before and after.
 * Divided by the requests served, it says what one request costs each side, and with the cores, the
 * most requests a second the machine could serve at that cost. Node runs JavaScript on one thread:
 * the server's busiest main thread bounds it too, whatever the cores.
 */
import os from 'node:os';
import { listProcesses, type ProcessStat } from './processes';

export type CpuSide = 'server' | 'postgres' | 'load generator' | 'other';
export type CpuSnapshot = Map<number, { side: CpuSide; ticks: number; mainThreadTicks: number }>;

/** Linux's clock ticks a second (USER_HZ), which /proc/<pid>/stat counts in. */
const TICKS_PER_SECOND = 100;

function sideOf(p: ProcessStat, serverGroup: number): CpuSide {
  if (p.group === serverGroup) return 'server';
  if (p.comm === 'postgres') return 'postgres';
  if (p.pid === process.pid) return 'load generator';
  return 'other';
}

/** Every process's user + system time so far, by pid, with the side it counts for. */
export function cpuSnapshot(serverGroup: number): CpuSnapshot {
  return new Map(listProcesses().map((p) => [p.pid, { side: sideOf(p, serverGroup), ticks: p.cpuTicks, mainThreadTicks: p.mainThreadTicks }]));
}

export type CpuShare = { side: CpuSide; seconds: number; msPerRequest: number; coreShare: number };
export type CpuUse = {
  shares: CpuShare[];
  /** the server's busiest main (JavaScript) thread */
  serverThread: { msPerRequest: number; coreShare: number };
  cores: number;
  ceilingPerSecond: number | null;
  /** what sets the ceiling: the cores shared by the server and PostgreSQL, or the server's one thread */
  limit: 'cores' | 'server thread' | null;
};

/**
 * The CPU each side used between two snapshots, per request served in `wallSeconds`. A process that
 * ended in between is not counted; one that started counts from zero. The ceiling is what the cores
 * could serve if every request cost the server and PostgreSQL what these did, or what the server's
 * JavaScript thread could, whichever is lower.
 */
export function cpuUse(before: CpuSnapshot, after: CpuSnapshot, requests: number, wallSeconds: number): CpuUse {
  const seconds = new Map<CpuSide, number>();
  let threadSeconds = 0;
  for (const [pid, now] of after) {
    const used = (now.ticks - (before.get(pid)?.ticks ?? 0)) / TICKS_PER_SECOND;
    seconds.set(now.side, (seconds.get(now.side) ?? 0) + used);
    if (now.side === 'server') threadSeconds = Math.max(threadSeconds, (now.mainThreadTicks - (before.get(pid)?.mainThreadTicks ?? 0)) / TICKS_PER_SECOND);
  }
  const perRequest = (s: number) => (requests > 0 ? (1000 * s) / requests : 0);
  const share = (s: number) => (wallSeconds > 0 ? s / wallSeconds : 0);
  const order: CpuSide[] = ['server', 'postgres', 'load generator', 'other'];
  const shares = order.map((side) => {
    const s = seconds.get(side) ?? 0;
    return { side, seconds: s, msPerRequest: perRequest(s), coreShare: share(s) };
  });
  const cores = os.cpus().length;
  const serverThread = { msPerRequest: perRequest(threadSeconds), coreShare: share(threadSeconds) };
  const both = shares.filter((s) => s.side === 'server' || s.side === 'postgres').reduce((sum, s) => sum + s.msPerRequest, 0);
  const byCores = both > 0 ? (cores * 1000) / both : null;
  const byThread = serverThread.msPerRequest > 0 ? 1000 / serverThread.msPerRequest : Infinity;
  const limit = byCores === null ? null : byThread < byCores ? 'server thread' : 'cores';
  return { shares, serverThread, cores, ceilingPerSecond: byCores === null ? null : Math.min(byCores, byThread), limit };
}
