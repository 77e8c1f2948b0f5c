// One long-running Apertium pipeline in null-flush mode: requests go in NUL-terminated, answers come back in order.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { UpstreamError } from '../../domain/index.js';
import { buildPipelineScript } from './pipeline-script.js';

interface Pending {
  timeoutMs: number;
  timer?: NodeJS.Timeout;
  resolve: (output: string) => void;
  reject: (error: Error) => void;
}

const exits = new WeakSet<Error>();

/** Whether a failure came from the pipeline exiting (worth a fresh process), not from a timeout. */
export function isProcessExit(error: unknown): boolean {
  return error instanceof Error && exits.has(error);
}

/** A trailing superblank: without a blank after it, the last word waits in lt-proc for the next input. */
export const CHUNK_END = '[][\n]';

export class ApertiumProcess {
  private child: ChildProcessWithoutNullStreams | null = null;
  private buffer = '';
  private readonly pending: Pending[] = [];
  private failure: Error | null = null;

  constructor(
    private readonly modeFiles: readonly string[],
    private readonly label: string,
  ) {}

  /** Requests sent and not answered yet. */
  get busy(): number {
    return this.pending.length;
  }

  get alive(): boolean {
    return this.child !== null && this.failure === null;
  }

  /**
   * Sends stream-encoded chunks, each flushed on its own (NUL-terminated), and resolves with one output per
   * chunk. Runs do not wait for each other: chunks are written at once, so that every program of the pipeline
   * works on its own chunk and the pipeline never drains between batches. A chunk's time limit counts from when
   * the chunk before it was answered, i.e. from when the pipeline starts on it (start-up included for the first).
   */
  run(chunks: readonly string[], timeoutMs: number): Promise<string[]> {
    const child = this.start();
    this.setReferenced(true);
    return Promise.all(
      chunks.map(
        (chunk) =>
          new Promise<string>((resolve, reject) => {
            const request: Pending = { timeoutMs, resolve, reject };
            this.pending.push(request);
            if (this.pending.length === 1) this.arm(request);
            child.stdin.write(`${chunk}${CHUNK_END}\0`);
          }),
      ),
    );
  }

  /** Kills the pipeline; pending requests fail. */
  stop(): void {
    this.fail(new UpstreamError('translate', 'apertium process stopped', this.label, true));
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child && !this.failure) return this.child;
    this.failure = null;
    this.buffer = '';
    // Its own process group, so that a timeout kills every program of the pipe, not just bash.
    const child = spawn('bash', ['-c', buildPipelineScript(this.modeFiles, true)], {
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (data: string) => this.receive(data));
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (data: string) => (stderr = (stderr + data).slice(-2000)));
    child.on('error', (error) => this.fail(new UpstreamError('translate', `apertium could not start: ${error.message}`, this.label, false)));
    child.on('exit', (code, signal) => {
      if (this.child !== child) return;
      const detail = stderr.trim().split('\n').slice(-2).join(' ');
      this.fail(this.exitError(`apertium exited (${signal ?? code})${detail ? `: ${detail}` : ''}`));
    });
    child.stdin.on('error', () => undefined);
    this.child = child;
    return child;
  }

  private receive(data: string): void {
    this.buffer += data;
    let end = this.buffer.indexOf('\0');
    while (end >= 0) {
      const answer = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      // Programs emit a stray NUL when their input ends; with nothing pending it means nothing.
      const request = this.pending.shift();
      if (request) this.answer(request, answer);
      end = this.buffer.indexOf('\0');
    }
  }

  private answer(request: Pending, answer: string): void {
    clearTimeout(request.timer);
    const next = this.pending[0];
    if (next) this.arm(next);
    else this.setReferenced(false);
    request.resolve(answer);
  }

  private arm(request: Pending): void {
    request.timer = setTimeout(() => {
      const error = new UpstreamError('translate', `apertium timed out after ${request.timeoutMs} ms`, this.label, true);
      // The stuck chunk fails its run; the chunks queued behind it go to a fresh pipeline.
      this.pending.shift();
      request.reject(error);
      this.fail(this.exitError('apertium restarted after a timeout'));
    }, request.timeoutMs);
  }

  private exitError(message: string): UpstreamError {
    const error = new UpstreamError('translate', message, this.label, true);
    exits.add(error);
    return error;
  }

  private fail(error: Error): void {
    this.failure = error;
    const child = this.child;
    this.child = null;
    if (child) {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    for (const p of this.pending.splice(0)) {
      clearTimeout(p.timer);
      p.reject(error);
    }
  }

  private setReferenced(on: boolean): void {
    const child = this.child;
    if (!child) return;
    // An idle pipeline must not keep Node alive: callers may never call close().
    const handles = [child, child.stdin, child.stdout, child.stderr] as unknown as { ref(): void; unref(): void }[];
    for (const h of handles) {
      if (on) h.ref();
      else h.unref();
    }
  }
}
