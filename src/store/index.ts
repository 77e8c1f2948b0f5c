// The store's public API: the Store interface, its types, and the factory that opens one.
export type * from './store.js';
export { openStore } from './open-store.js';
export type { OpenStoreOptions } from './open-store.js';
export { isPostgresUrl, migrateDatabase } from './open-store.js';
export { ARCHIVE_TABLES, exportArchive, importArchive } from './archive/index.js';
export type { ArchiveTable, ExportReport, ImportReport, TableCheck } from './archive/index.js';
