// A progress bar on a terminal (stderr), silence elsewhere, so that piped output stays clean.
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../pipeline/index.js';

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

const labels: Record<IngestProgress['phase'], string> = { ingest: 'Ingesting  ', cluster: 'Clustering ', translate: 'Translating' };

export function createProgressReporter(enabled = process.stderr.isTTY): ProgressReporter {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  let bar: cliProgress.SingleBar | null = null;
  let phase: string | null = null;
  return {
    update(progress) {
      if (phase !== progress.phase) {
        bar?.stop();
        phase = progress.phase;
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: `${labels[progress.phase]} [{bar}] {value}/{total} {ref}`,
            hideCursor: true,
            clearOnComplete: false,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(progress.total, progress.done, { ref: '' });
      }
      bar?.setTotal(progress.total);
      bar?.update(progress.done, { ref: shorten(progress.ref ?? '') });
    },
    stop() {
      bar?.stop();
    },
  };
}

function shorten(ref: string): string {
  return ref.length > 40 ? `…${ref.slice(-39)}` : ref;
}
