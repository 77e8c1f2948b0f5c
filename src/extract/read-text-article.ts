// Reads a plain-text article in the seeds' style: chrome-filtered, headline picked, broken paragraphs re-joined.
import { chooseTextTitle } from './choose-text-title.js';
import { filterLines } from './filter-boilerplate.js';
import { rejoinFragments } from './rejoin-fragments.js';
import { compareKey, joinParagraphs, splitLines } from './normalise-whitespace.js';

export interface TextArticle {
  title: string | null;
  text: string;
  /** Lines above the body, for the date search: the header and the first paragraphs. */
  topLines: string[];
  timestamp: string | null;
  removed: number;
  sources: string[];
  credits: string[];
}

/** Hard-wrapped prose: every line but the last is of similar, moderate length and most do not end a sentence. */
function isHardWrapped(block: readonly string[]): boolean {
  if (block.length < 2) return false;
  const body = block.slice(0, -1);
  const moderate = body.every((line) => line.length >= 30 && line.length <= 100);
  const open = body.filter((line) => !/[.!?:"”»]$/u.test(line)).length;
  return moderate && open >= body.length / 2;
}

/** Blocks separated by blank lines; inside a block each line is a paragraph unless the block is hard-wrapped. */
function groupParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (isHardWrapped(block)) paragraphs.push(block.join(' '));
    else paragraphs.push(...block);
    block = [];
  };
  for (const line of lines) {
    if (line.length === 0) flush();
    else block.push(line);
  }
  flush();
  return paragraphs;
}

/**
 * Chrome is filtered first so that the headline search does not stop at "Now you can see non-English news...";
 * then the header is read, and the headline and any later copy of it leave the body.
 * `knownTitle` (from the input) replaces the guessed title, and its copies leave the body too.
 */
export function readTextArticle(body: string, knownTitle: string | null): TextArticle {
  const filtered = filterLines(splitLines(body));
  const lines = filtered.lines;
  const header = chooseTextTitle(lines);
  const title = knownTitle ?? header.title;
  const skip = new Set(header.chromeLines);
  if (header.titleLine !== null && (knownTitle === null || compareKey(lines[header.titleLine] ?? '') === compareKey(knownTitle))) {
    skip.add(header.titleLine);
  }
  const titleKey = title ? compareKey(title) : '';
  let removed = filtered.removed + header.chromeLines.length;
  const kept = lines.filter((line, index) => {
    if (skip.has(index)) return false;
    if (line.length > 0 && titleKey.length > 0 && compareKey(line) === titleKey) {
      removed += 1;
      return false;
    }
    return true;
  });
  const paragraphs = rejoinFragments(groupParagraphs(kept));
  return {
    title,
    text: joinParagraphs(paragraphs),
    topLines: lines.filter((line) => line.length > 0).slice(0, 8),
    timestamp: header.timestamp,
    removed,
    sources: filtered.sources,
    credits: filtered.credits,
  };
}
