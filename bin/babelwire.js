#!/usr/bin/env node
// Entry point of the `babelwire` command: runs the TypeScript CLI through tsx (no build step).
import { register } from 'tsx/esm/api';

// Loading the program takes seconds; a SIGINT/SIGTERM meanwhile is remembered (not fatal) so that
// long-running commands can still stop gracefully (src/cli/stop-signal.ts reads it).
const early = (signal) => {
  globalThis.babelwireEarlySignal ??= signal;
};
process.on('SIGINT', early);
process.on('SIGTERM', early);
// Called by main() once the program is loaded: from then on signals have their usual effect.
globalThis.babelwireReleaseEarlySignals = () => {
  process.off('SIGINT', early);
  process.off('SIGTERM', early);
};
register();
await import('../src/cli/main.ts');
