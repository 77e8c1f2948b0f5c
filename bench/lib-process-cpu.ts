// CPU seconds used by process trees (a worker and the Apertium pipelines it spawns), read from /proc: a figure that other load on the machine barely moves.
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface ProcStat {
  parent: number;
  /** utime + stime of the process itself, in seconds. */
  cpu: number;
}

function readProcs(): Map<number, ProcStat> {
  const procs = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: state, ppid, ... utime (14th field), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), { parent: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return procs;
}

/**
 * Samples the trees under `roots` until stopped; each process counts with the last CPU time seen,
 * so children that exit between samples lose at most one interval. Returns a stop function that
 * gives the CPU seconds used since the sampler started.
 */
export function sampleTreeCpu(roots: readonly number[], intervalMs = 250): () => number {
  const seen = new Map<number, number>();
  const sample = (): void => {
    const procs = readProcs();
    const inTree = (pid: number): boolean => {
      for (let p = pid, depth = 0; p > 1 && depth < 64; p = procs.get(p)?.parent ?? 0, depth++) if (roots.includes(p)) return true;
      return false;
    };
    for (const [pid, stat] of procs) if (inTree(pid)) seen.set(pid, Math.max(seen.get(pid) ?? 0, stat.cpu));
  };
  sample();
  const before = new Map(seen);
  const timer = setInterval(sample, intervalMs);
  return () => {
    sample();
    clearInterval(timer);
    let total = 0;
    for (const [pid, cpu] of seen) total += cpu - (before.get(pid) ?? 0);
    return total;
  };
}

/** One process's own CPU seconds (0 when it is gone). */
export function processCpu(pid: number): number {
  return readProcs().get(pid)?.cpu ?? 0;
}

/** The 1, 5 and 15 minute load averages. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
