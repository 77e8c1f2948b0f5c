// `serve --fetch`: the scheduler running inside the server process, on its own services, until the server stops.
import type { Config } from '../../config/index.js';
import { describeError } from '../../domain/index.js';
import { createFetcher } from '../../fetch/index.js';
import { fetchSettingsFrom, openServices, runSourcesContinuously } from '../../pipeline/index.js';
import { print } from '../context.js';

/** Starts fetching in the background; the returned function stops it and closes what it opened. */
export async function startFetching(config: Config): Promise<() => Promise<void>> {
  const services = await openServices(config);
  const controller = new AbortController();
  const running = runSourcesContinuously(services, {
    fetcher: createFetcher(fetchSettingsFrom(config)),
    cluster: services.clusterSettings,
    signal: controller.signal,
    onRound: (r) => {
      if (r.sources > 0) print(`Fetched ${r.sources} sources: ${r.ingested} articles stored, ${r.failed} failed.`);
    },
    onError: print,
  }).catch((error: unknown) => print(`pipeline: fetching stopped: ${describeError(error)}`));
  print('Fetching due sources in the background (babelwire sources list shows their health).');
  return async () => {
    controller.abort();
    await running;
    await services.close();
  };
}
