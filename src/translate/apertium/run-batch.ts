// One-shot Apertium run over a batch of chunks, split by a marker that survives translation (a superblank).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { UpstreamError } from '../../domain/index.js';
import { CHUNK_END } from './apertium-process.js';
import { buildPipelineScript } from './pipeline-script.js';

/** Runs the chunks through a fresh pipeline; resolves with one output per chunk or rejects. */
export async function runBatch(modeFiles: readonly string[], chunks: readonly string[], timeoutMs: number, label: string): Promise<string[]> {
  const marker = `[bw-${randomBytes(6).toString('hex')}]`;
  const input = chunks.map((c) => `${c}${CHUNK_END}${marker}`).join('');
  const output = await runScript(buildPipelineScript(modeFiles, false), input, timeoutMs, label);
  const parts = output.split(marker);
  // Whatever follows the last marker is the trailing blank.
  parts.pop();
  if (parts.length !== chunks.length) {
    throw new UpstreamError('translate', `apertium returned ${parts.length} segments for ${chunks.length}`, label, true);
  }
  return parts;
}

function runScript(script: string, input: string, timeoutMs: number, label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-2000)));
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      reject(new UpstreamError('translate', `apertium timed out after ${timeoutMs} ms`, label, true));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new UpstreamError('translate', `apertium could not start: ${e.message}`, label, false));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new UpstreamError('translate', `apertium exited (${code}): ${err.trim().split('\n').slice(-2).join(' ')}`, label, true));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
