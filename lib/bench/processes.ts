/**
 * The machine's processes as /proc shows them (Linux only; none elsewhere): for the benchmarks'
 * accounts of where the CPU and the memory go.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** cpuTicks: all the process's threads; mainThreadTicks: its first thread alone (Node's JavaScript thread). */
export type ProcessStat = { pid: number; comm: string; group: number; cpuTicks: number; mainThreadTicks: number };

/** The user + system time in a /proc stat line, in clock ticks. */
function ticksOf(stat: string): number {
  // The command name sits in parentheses and may hold spaces; the numbered fields follow it
  // (state, ppid, pgrp, ...; utime and stime are the 12th and 13th of them).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Each process's command name, process group and CPU time in clock ticks so far. */
export function listProcesses(): ProcessStat[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  const found: ProcessStat[] = [];
  for (const entry of entries) {
    let stat: string;
    let mainThread: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      mainThread = readFileSync(`/proc/${entry}/task/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    found.push({ pid: Number(entry), comm, group, cpuTicks: ticksOf(stat), mainThreadTicks: ticksOf(mainThread) });
  }
  return found;
}
