// Waits for SIGINT or SIGTERM: long-running commands (serve, worker) stop gracefully on either.

/** Resolves with the signal's name; a second signal while stopping exits at once (the user insists). */
export function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      const force = (): void => process.exit(130);
      process.once('SIGINT', force);
      process.once('SIGTERM', force);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // A signal that came while the program was still loading (bin/babelwire.js remembers it).
    const early = (globalThis as { babelwireEarlySignal?: NodeJS.Signals }).babelwireEarlySignal;
    if (early) stop(early);
  });
}
