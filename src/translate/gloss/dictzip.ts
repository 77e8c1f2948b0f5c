// Random access into dictzip files (gzip with a chunk table, as dictd ships them), reading only the chunks needed.
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { constants, gunzipSync, inflateRawSync } from 'node:zlib';

interface ChunkTable {
  chunkLength: number;
  /** File offset of each compressed chunk, plus the end. */
  offsets: number[];
}

/** Reads byte ranges of the uncompressed text of a `.dict.dz` file; plain gzip files are inflated whole once. */
export class DictzipReader {
  private fd: number | null = null;
  private table: ChunkTable | null = null;
  private whole: Buffer | null = null;
  private readonly chunks = new Map<number, Buffer>();

  constructor(
    private readonly path: string,
    private readonly maxCachedChunks = 256,
  ) {}

  /** The text of `length` bytes at `offset` of the uncompressed data. */
  read(offset: number, length: number): string {
    this.open();
    if (this.whole) return this.whole.subarray(offset, offset + length).toString('utf8');
    const table = this.table;
    if (!table) return '';
    const first = Math.floor(offset / table.chunkLength);
    const last = Math.floor((offset + length - 1) / table.chunkLength);
    const parts: Buffer[] = [];
    for (let c = first; c <= last; c++) parts.push(this.chunk(c));
    const joined = Buffer.concat(parts);
    const start = offset - first * table.chunkLength;
    return joined.subarray(start, start + length).toString('utf8');
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.chunks.clear();
  }

  private open(): void {
    if (this.fd !== null) return;
    this.fd = openSync(this.path, 'r');
    const header = Buffer.alloc(Math.min(65_536 * 2 + 1024, fstatSync(this.fd).size));
    readSync(this.fd, header, 0, header.length, 0);
    this.table = parseChunkTable(header);
    if (!this.table) {
      // Not a dictzip (no RA field): an ordinary gzip file, inflated once.
      const all = Buffer.alloc(fstatSync(this.fd).size);
      readSync(this.fd, all, 0, all.length, 0);
      this.whole = gunzipSync(all);
    }
  }

  private chunk(index: number): Buffer {
    const cached = this.chunks.get(index);
    if (cached) {
      // Refresh its place in the LRU order.
      this.chunks.delete(index);
      this.chunks.set(index, cached);
      return cached;
    }
    const table = this.table;
    const start = table?.offsets[index];
    const end = table?.offsets[index + 1];
    if (this.fd === null || start === undefined || end === undefined) return Buffer.alloc(0);
    const compressed = Buffer.alloc(end - start);
    readSync(this.fd, compressed, 0, compressed.length, start);
    // Each chunk ends with a full flush, so it inflates on its own as raw deflate.
    const data = inflateRawSync(compressed, { finishFlush: constants.Z_SYNC_FLUSH });
    this.chunks.set(index, data);
    if (this.chunks.size > this.maxCachedChunks) {
      const oldest = this.chunks.keys().next().value;
      if (oldest !== undefined) this.chunks.delete(oldest);
    }
    return data;
  }
}

// gzip header (RFC 1952) with FEXTRA holding the dictzip "RA" subfield: version, chunk length, count, sizes.
function parseChunkTable(header: Buffer): ChunkTable | null {
  if (header[0] !== 0x1f || header[1] !== 0x8b) throw new Error(`not a gzip file`);
  const flags = header[3] ?? 0;
  let pos = 10;
  if (!(flags & 4)) return null;
  const extraLength = header.readUInt16LE(pos);
  pos += 2;
  const extraEnd = pos + extraLength;
  let table: { chunkLength: number; sizes: number[] } | null = null;
  while (pos + 4 <= extraEnd) {
    const id = header.toString('latin1', pos, pos + 2);
    const length = header.readUInt16LE(pos + 2);
    if (id === 'RA') {
      const chunkLength = header.readUInt16LE(pos + 6);
      const count = header.readUInt16LE(pos + 8);
      const sizes = Array.from({ length: count }, (_, i) => header.readUInt16LE(pos + 10 + 2 * i));
      table = { chunkLength, sizes };
    }
    pos += 4 + length;
  }
  pos = extraEnd;
  if (flags & 8) pos = header.indexOf(0, pos) + 1; // file name
  if (flags & 16) pos = header.indexOf(0, pos) + 1; // comment
  if (flags & 2) pos += 2; // header CRC
  if (!table) return null;
  const offsets = [pos];
  for (const size of table.sizes) offsets.push((offsets[offsets.length - 1] ?? pos) + size);
  return { chunkLength: table.chunkLength, offsets };
}
