// Reads a response body through its Content-Encoding, stopping as soon as the decompressed size passes the cap.
import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { UpstreamError } from '../domain/index.js';

/** Resolves with the decoded bytes; rejects with a fetch error naming the URL when the cap is passed. */
export function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  const encoding = (response.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  const declared = Number(response.headers['content-length']);
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge(url, maxBytes));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      response.destroy();
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        fail(tooLarge(url, maxBytes, encoding !== 'identity'));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    };
    response.on('error', (error) => fail(new UpstreamError('fetch', `connection lost while reading the body: ${error.message}`, url, true)));
    if (encoding === 'identity' || encoding === '') {
      response.on('data', onData);
      response.on('end', onEnd);
      return;
    }
    let decoder: Transform | null = null;
    const start = (first: Buffer): Transform | null => {
      if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
      if (encoding === 'br') return createBrotliDecompress();
      // "deflate" is meant to be zlib-wrapped, but many servers send raw deflate: the first byte tells.
      if (encoding === 'deflate') return (first[0] ?? 0) % 16 === 8 && ((first[0] ?? 0) * 256 + (first[1] ?? 0)) % 31 === 0 ? createInflate() : createInflateRaw();
      return null;
    };
    response.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (!decoder) {
        decoder = start(chunk);
        if (!decoder) {
          fail(new UpstreamError('fetch', `unsupported Content-Encoding "${encoding}"`, url, false));
          return;
        }
        decoder.on('data', onData);
        decoder.on('end', onEnd);
        decoder.on('error', (error: Error) => fail(new UpstreamError('fetch', `cannot decompress the ${encoding} body: ${error.message}`, url, false)));
      }
      decoder.write(chunk);
    });
    response.on('end', () => {
      if (decoder) decoder.end();
      else onEnd();
    });
  });
}

function tooLarge(url: string, maxBytes: number, decompressed = false): UpstreamError {
  return new UpstreamError('fetch', `body larger than ${maxBytes} bytes${decompressed ? ' once decompressed' : ''}`, url, false);
}
