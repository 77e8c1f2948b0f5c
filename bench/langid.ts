// `npm run bench -- langid`: fastText and eld, through our detector, on 24,800 NTREX sentences in 124 languages.
// Prints overall and per-language accuracy, accuracy on each engine's own languages, speed and load time.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { LanguageDetector } from '../src/language/index.js';
import { createLanguageDetector, normalizeLanguageCode } from '../src/language/index.js';
import { printTable, requireShared } from './lib-shared.js';

interface Sentence {
  /** The set's label, ISO 639-3 with an optional script or region ("srp-Cyrl", "zho-TW"). */
  label: string;
  /** The label in our codes, what the detector should answer. */
  gold: string;
  text: string;
}

interface EngineRun {
  engine: string;
  languages: ReadonlySet<string>;
  loadMs: number;
  detectMs: number;
  predicted: string[];
  /** The engine's best guess for every sentence, with no thresholds: what the engine alone gets right. */
  top1: string[];
}

const engines = ['fasttext', 'eld'] as const;

const sentences = readSentences(requireShared('bench', 'langid', 'ntrex-sentences.tsv'));
const labels = [...new Set(sentences.map((s) => s.label))].sort();
const runs: EngineRun[] = [];
for (const engine of engines) runs.push(await runEngine(engine));
const [fastText, eld] = runs as [EngineRun, EngineRun];

const all = sentences.map((_, i) => i);
const inEld = all.filter((i) => eld.languages.has(sentences[i]?.gold ?? ''));
const inFastText = all.filter((i) => fastText.languages.has(sentences[i]?.gold ?? ''));
const perSecond = (run: EngineRun): number => (sentences.length * 1000) / run.detectMs;

console.log(`NTREX langid: ${sentences.length} sentences, ${labels.length} labels (${new Set(sentences.map((s) => s.gold)).size} languages in our codes)`);
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}\n`);
printTable(
  runs.map((run) => ({
    engine: run.engine,
    languages: run.languages.size,
    accuracy: accuracy(run, all),
    'acc eld langs': accuracy(run, inEld),
    'acc fastText langs': accuracy(run, inFastText),
    'top-1 acc': accuracy(run, all, run.top1),
    'top-1 acc own langs': accuracy(run, all.filter((i) => run.languages.has(sentences[i]?.gold ?? '')), run.top1),
    'und answers': run.predicted.filter((p) => p === 'und').length,
    'sentences/s': Math.round(perSecond(run)),
    'load ms': Math.round(run.loadMs),
  })),
);
console.log(`\neld languages: ${inEld.length} sentences; fastText languages: ${inFastText.length} sentences`);
console.log('accuracy: share of sentences whose answer equals the gold label, both through normalizeLanguageCode; und counts as wrong');
console.log('top-1: the same detector with every threshold at zero (no und for short or unsure text), the engine alone\n');

printTable(
  labels
    .map((label) => {
      const rows = all.filter((i) => sentences[i]?.label === label);
      const gold = sentences[rows[0] ?? 0]?.gold ?? '';
      return {
        label,
        code: gold,
        n: rows.length,
        fasttext: fastText.languages.has(gold) ? accuracy(fastText, rows) : '-',
        eld: eld.languages.has(gold) ? accuracy(eld, rows) : '-',
        'fasttext top-1': fastText.languages.has(gold) ? accuracy(fastText, rows, fastText.top1) : '-',
        'eld top-1': eld.languages.has(gold) ? accuracy(eld, rows, eld.top1) : '-',
        'fasttext top error': topError(fastText, rows, gold),
      };
    })
    .sort((a, b) => score(b.fasttext) - score(a.fasttext) || a.label.localeCompare(b.label)),
);
console.log('("-": the engine does not know the language, so every answer is wrong; those sentences still count in the overall accuracy)\n');

console.log(
  JSON.stringify({
    bench: 'langid',
    sentences: sentences.length,
    languages: labels.length,
    fasttext_accuracy: round(accuracy(fastText, all)),
    eld_accuracy: round(accuracy(eld, all)),
    fasttext_accuracy_eld_langs: round(accuracy(fastText, inEld)),
    eld_accuracy_eld_langs: round(accuracy(eld, inEld)),
    fasttext_accuracy_fasttext_langs: round(accuracy(fastText, inFastText)),
    eld_accuracy_fasttext_langs: round(accuracy(eld, inFastText)),
    fasttext_top1_accuracy: round(accuracy(fastText, all, fastText.top1)),
    eld_top1_accuracy: round(accuracy(eld, all, eld.top1)),
    fasttext_sentences_per_s: Math.round(perSecond(fastText)),
    eld_sentences_per_s: Math.round(perSecond(eld)),
    fasttext_load_ms: Math.round(fastText.loadMs),
    eld_load_ms: Math.round(eld.loadMs),
  }),
);

function readSentences(path: string): Sentence[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
  if (header?.trim() !== 'lang\ttext') throw new Error(`bench: ${path} should start with "lang<TAB>text", found "${header ?? ''}"`);
  const result: Sentence[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const tab = line.indexOf('\t');
    const label = line.slice(0, tab);
    const gold = normalizeLanguageCode(label);
    if (tab < 0 || !gold) throw new Error(`bench: no language code for "${label}" in ${path}`);
    result.push({ label, gold, text: line.slice(tab + 1) });
  }
  return result;
}

async function runEngine(engine: (typeof engines)[number]): Promise<EngineRun> {
  const startedLoad = performance.now();
  const detector: LanguageDetector = await createLanguageDetector({ engine });
  const loadMs = performance.now() - startedLoad;
  // A few sentences first, so the timing below measures steady work, not the first calls' warm-up.
  for (const s of sentences.slice(0, 50)) await detector.detect(s.text);
  const predicted: string[] = [];
  const started = performance.now();
  for (const s of sentences) predicted.push((await detector.detect(s.text)).language);
  const detectMs = performance.now() - started;
  const bare = await createLanguageDetector({ engine, thresholds: { minLetters: 0, minLetterShare: 0, minConfidence: 0 } });
  const top1: string[] = [];
  for (const s of sentences) top1.push((await bare.detect(s.text)).language);
  return { engine, languages: new Set(detector.languages), loadMs, detectMs, predicted, top1 };
}

function accuracy(run: EngineRun, rows: number[], answers = run.predicted): number {
  if (rows.length === 0) return 0;
  return rows.filter((i) => answers[i] === sentences[i]?.gold).length / rows.length;
}

/** The wrong answer given most often for these sentences, with its share: where the engine goes astray. */
function topError(run: EngineRun, rows: number[], gold: string): string {
  const counts = new Map<string, number>();
  for (const i of rows) {
    const p = run.predicted[i] ?? 'und';
    if (p !== gold) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const [code, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return count === 0 ? '' : `${code} ${Math.round((100 * count) / rows.length)}%`;
}

function score(value: number | string): number {
  return typeof value === 'number' ? value : -1;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
