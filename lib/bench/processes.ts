/**
 * The machine's processes as /proc shows them (Linux only; none elsewhere): for the benchmarks'
 * accounts of where the CPU and the memory go.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** cpuTicks: all the process's threads; mainThreadTicks: its first thread alone (Node's JavaScript thread). */
export type ProcessStat = { pid: number; comm: string; group: number; cpuTicks: number; mainThreadTicks: number };

/**
 * The numbered fields of a /proc stat line. The command name sits in parentheses and may hold
 * spaces; the fields follow it (state, ppid, pgrp, ...; utime and stime are the 12th and 13th).
 */
function fieldsOf(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** User + system time in clock ticks. */
const ticksOf = (fields: string[]) => Number(fields[11]) + Number(fields[12]);

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
    const fields = fieldsOf(stat);
    found.push({ pid: Number(entry), comm, group: Number(fields[2]), cpuTicks: ticksOf(fields), mainThreadTicks: ticksOf(fieldsOf(mainThread)) });
  }
  return found;
}
