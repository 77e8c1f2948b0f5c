// Plain Apertium through its own command line (`apertium <mode>`, piped for pivots): the baseline of bench/translate.
import { spawn } from 'node:child_process';

export interface CliRun {
  lines: string[];
  ms: number;
}

/** Runs the text through `apertium [flags] m1 | apertium [flags] m2 ...`, one line in, one line out. */
export function runApertiumCli(modes: readonly string[], lines: readonly string[], flags: readonly string[] = []): Promise<CliRun> {
  const quote = (s: string): string => `'${s.replace(/'/gu, `'\\''`)}'`;
  // `apertium` reads /dev/stdin, which Node's socket pipes cannot be reopened as: `cat` turns it into a pipe.
  const script = ['cat', ...modes.map((m) => ['apertium', ...flags, m].map(quote).join(' '))].join(' | ');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`bench: apertium ${modes.join(' | ')} exited ${code}: ${err.slice(-300)}`));
      else resolve({ lines: out.replace(/\n$/u, '').split('\n'), ms });
    });
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

/** Whitespace-separated words, the unit of the speed figures. */
export function countWords(lines: readonly string[]): number {
  return lines.reduce((n, l) => n + l.split(/\s+/u).filter(Boolean).length, 0);
}
