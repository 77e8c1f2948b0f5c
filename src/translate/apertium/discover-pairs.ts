// Finds the Apertium translation directions installed on this machine, from the modes directory.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { toLangCode } from '../lang-codes.js';

export interface ApertiumPair {
  from: string;
  to: string;
  /** Mode name, e.g. "fra-cat". */
  mode: string;
  modeFile: string;
}

export const DEFAULT_MODES_DIR = '/usr/share/apertium/modes';

/**
 * Lists plain `xxx-yyy` modes; variants (`cat-eng_US`, `spa-cat_valencia`) and others (`eco-fr-es`) are
 * left out. When a direction has two modes (old `es-pt` and new `spa-por`), the three-letter one wins: it is
 * the newer, maintained package.
 */
export async function discoverPairs(modesDir: string = DEFAULT_MODES_DIR): Promise<ApertiumPair[]> {
  let files: string[];
  try {
    files = await readdir(modesDir);
  } catch {
    return [];
  }
  const byDirection = new Map<string, ApertiumPair>();
  for (const file of files.sort()) {
    const match = /^([a-z]{2,3})-([a-z]{2,3})\.mode$/u.exec(file);
    if (!match?.[1] || !match[2]) continue;
    const pair: ApertiumPair = { from: toLangCode(match[1]), to: toLangCode(match[2]), mode: file.slice(0, -5), modeFile: join(modesDir, file) };
    if (pair.from === pair.to) continue;
    const key = `${pair.from}>${pair.to}`;
    const existing = byDirection.get(key);
    if (!existing || (existing.mode.length < pair.mode.length)) byDirection.set(key, pair);
  }
  return [...byDirection.values()];
}
