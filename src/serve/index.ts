// The web server's public API: build the app over a Store, then start listening.
export { createApp } from './create-app.js';
export type { AppDeps, ServeApp } from './create-app.js';
export type { TranslateArticle } from './reader/index.js';
export { startServer } from './start-server.js';
export type { RunningServer, StartServerOptions } from './start-server.js';
export type { ServeSettings } from './serve-settings.js';
export { createOpsRoutes } from './ops/ops-routes.js';
export type { OpsDeps } from './ops/ops-routes.js';
