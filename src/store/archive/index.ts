// Archives: a whole store exported to one file and imported into any store (SQLite <-> PostgreSQL), verified per table.
export { exportArchive } from './export-archive.js';
export type { ExportReport } from './export-archive.js';
export { importArchive } from './import-archive.js';
export type { ImportReport, TableCheck } from './import-archive.js';
export { ARCHIVE_TABLES } from './archive-tables.js';
export type { ArchiveTable } from './archive-tables.js';
