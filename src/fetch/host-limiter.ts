// Politeness per host: at most N requests in flight and a pause between two starts to the same host.

export interface HostLimiter {
  /** Waits for a slot for `host`; call the returned function when the request is done. */
  acquire(host: string): Promise<() => void>;
  /** Lengthens the pause for one host (a robots.txt Crawl-delay), never shortens it below the default. */
  setDelay(host: string, delayMs: number): void;
}

interface HostState {
  active: number;
  lastStart: number;
  delayMs: number;
  waiting: (() => void)[];
  timer: NodeJS.Timeout | null;
}

export function createHostLimiter(concurrency: number, delayMs: number, now: () => number = Date.now): HostLimiter {
  const hosts = new Map<string, HostState>();
  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, delayMs, waiting: [], timer: null };
      hosts.set(host, state);
    }
    return state;
  };
  const pump = (state: HostState): void => {
    if (state.timer) return;
    while (state.waiting.length > 0 && state.active < Math.max(1, concurrency)) {
      const wait = state.lastStart + state.delayMs - now();
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = null;
          pump(state);
        }, wait);
        return;
      }
      state.active++;
      state.lastStart = now();
      state.waiting.shift()!();
    }
  };
  return {
    acquire(host) {
      const state = stateOf(host.toLowerCase());
      return new Promise((resolve) => {
        state.waiting.push(() => {
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            state.active--;
            pump(state);
          });
        });
        pump(state);
      });
    },
    setDelay(host, hostDelayMs) {
      const state = stateOf(host.toLowerCase());
      state.delayMs = Math.max(delayMs, hostDelayMs);
    },
  };
}
