// The archive file: JSON lines (gzip when the name ends in .gz): a header, one line per row, a summary with counts and checksums.
import { InputError } from '../../domain/index.js';

export const ARCHIVE_FORMAT = 'babelwire-archive';
export const ARCHIVE_VERSION = 1;

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  exportedAt: string;
  /** The migrations the source database had: an importer must know every table. */
  migrations: string[];
  tables: string[];
}

export interface TableDigest {
  count: number;
  /** sha256 of the table's rows in key order, each as canonical JSON (see checksum.ts). */
  checksum: string;
}

export interface ArchiveRowLine {
  t: string;
  r: Record<string, unknown>;
}

export interface ArchiveSummary {
  summary: Record<string, TableDigest>;
}

export type ArchiveLine = ArchiveRowLine | ArchiveSummary;

export function parseHeader(line: string | undefined, source: string): ArchiveHeader {
  let header: Partial<ArchiveHeader> | null = null;
  try {
    header = line === undefined ? null : (JSON.parse(line) as Partial<ArchiveHeader>);
  } catch {
    header = null;
  }
  if (!header || header.format !== ARCHIVE_FORMAT) {
    throw new InputError('store', 'not a Babelwire archive (made by `babelwire export`)', source);
  }
  if (header.version !== ARCHIVE_VERSION) {
    throw new InputError('store', `archive version ${String(header.version)} is not supported (this version reads ${ARCHIVE_VERSION})`, source);
  }
  return header as ArchiveHeader;
}

export function parseLine(line: string, lineNumber: number, source: string): ArchiveLine {
  try {
    const value = JSON.parse(line) as Partial<ArchiveRowLine & ArchiveSummary>;
    if (value.summary && typeof value.summary === 'object') return { summary: value.summary };
    if (typeof value.t === 'string' && value.r && typeof value.r === 'object') return { t: value.t, r: value.r };
  } catch {
    // Reported below with the line number.
  }
  throw new InputError('store', `archive line ${lineNumber} is not a row or the summary`, source);
}
