/**
 * The machine's processes as /proc shows them (Linux only; none elsewhere): for the benchmarks'
 * accounts of where the CPU and the memory go.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type ProcessStat = { pid: number; comm: string; group: number; cpuTicks: number };

/** Each process's command name, process group and user + system time in clock ticks so far. */
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
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // The command name sits in parentheses and may hold spaces; the numbered fields follow it
    // (state, ppid, pgrp, ...; utime and stime are the 12th and 13th of them).
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    found.push({ pid: Number(entry), comm, group: Number(fields[2]), cpuTicks: Number(fields[11]) + Number(fields[12]) });
  }
  return found;
}
