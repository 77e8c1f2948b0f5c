// `babelwire explain <article-a> <article-b>`: the similarity of two stored articles broken down by signal, as the clusterer sees it.
import type { Command } from 'commander';
import type { ClusterArticle, ClusterSettings, SignalValues } from '../../cluster/index.js';
import { articleKeys, breakDownReason, countEvidence, decideStory, describeReason, measureSignals, profileArticle, explainPair } from '../../cluster/index.js';
import { NotFoundError } from '../../domain/index.js';
import type { Article, MatchReason } from '../../domain/index.js';
import { openServices, pivotTermsFrom } from '../../pipeline/index.js';
import type { Services } from '../../pipeline/index.js';
import { configFor, print, printJson } from '../context.js';

export interface PairExplanation {
  a: { id: string; title: string; language: string; storyId: string | null };
  b: { id: string; title: string; language: string; storyId: string | null };
  reason: MatchReason;
  /** Raw signal values (0..1) before weighting. */
  values: SignalValues;
  weights: ClusterSettings['weights'];
  evidence: number;
  minEvidence: number;
  threshold: number;
  /** Would a joins b's one-article story under the current settings. */
  sameStory: boolean;
  describe: string;
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show why two articles are (or are not) the same story: the similarity broken down by signal')
    .argument('<article-a>')
    .argument('<article-b>')
    .option('--json', 'print JSON')
    .action(async (idA: string, idB: string, flags: { json?: boolean }, command: Command) => {
      const services = await openServices(configFor(command));
      try {
        const result = await explainArticles(services, idA, idB);
        if (flags.json) return printJson(result);
        printExplanation(result);
      } finally {
        await services.close();
      }
    });
}

/** Scores a against b alone, with the archive's key frequencies (the IDF clustering used) and the English pivots. */
export async function explainArticles(services: Services, idA: string, idB: string): Promise<PairExplanation> {
  const settings = services.clusterSettings;
  const pivot = pivotTermsFrom(services);
  const load = async (id: string): Promise<ClusterArticle> => {
    const article: Article | null = await services.store.getArticle(id);
    if (!article) throw new NotFoundError('cli', 'no such article; list them with `babelwire stories`', id);
    const view = await pivot(article);
    return { ...article, pivotTerms: view?.terms ?? null, pivotText: view?.text ?? null, denseVector: view?.vector ?? null };
  };
  const a = await load(idA);
  const b = await load(idB);
  const keys = [...new Set([...Object.keys(articleKeys(a, settings)), ...Object.keys(articleKeys(b, settings))])];
  const freq = await services.store.keyFrequencies(keys);
  const reason = explainPair(a, b, freq, settings);
  const measured = measureSignals(a, profileArticle(b, settings), freq, settings);
  const timeKnown = measured.time.hoursApart !== null || measured.time.gapDays !== null;
  const sameStory = decideStory(a, [profileArticle(b, settings)], freq, settings).kind === 'join';
  const brief = (x: Article): PairExplanation['a'] => ({ id: x.id, title: x.title, language: x.language, storyId: x.storyId });
  return {
    a: brief(a),
    b: brief(b),
    reason,
    values: measured.values,
    weights: settings.weights,
    evidence: Math.round(countEvidence(reason, freq, settings) * 1000) / 1000,
    minEvidence: settings.minEvidence,
    threshold: timeKnown ? settings.joinThreshold : Math.max(settings.joinThreshold, settings.timelessJoinThreshold),
    sameStory,
    describe: describeReason(reason),
  };
}

function printExplanation(e: PairExplanation): void {
  print(`A  ${e.a.id}  [${e.a.language}] ${e.a.title}  (story ${e.a.storyId ?? 'none'})`);
  print(`B  ${e.b.id}  [${e.b.language}] ${e.b.title}  (story ${e.b.storyId ?? 'none'})`);
  print();
  print('signal      value  weight  contribution');
  for (const line of breakDownReason(e.reason)) {
    const value = (e.values as unknown as Record<string, number>)[line.signal];
    const weight = (e.weights as unknown as Record<string, number>)[line.signal];
    print(
      `${line.signal.padEnd(10)}  ${value === undefined ? '     ' : value.toFixed(3)}  ${weight === undefined ? '      ' : weight.toFixed(3).padStart(6)}  ${line.contribution.toFixed(3).padStart(12)}`,
    );
  }
  print(`score       ${e.reason.score.toFixed(3)} (joins at ${e.threshold})`);
  print(`evidence    ${e.evidence} (needs ${e.minEvidence})`);
  print(`shared entities: ${e.reason.sharedEntities.join(', ') || 'none'}`);
  print(`shared terms:    ${e.reason.sharedTerms.slice(0, 20).join(', ') || 'none'}`);
  print(`time:            ${e.reason.timeDeltaHours === null ? 'not comparable' : `${e.reason.timeDeltaHours} h apart`}`);
  print();
  print(e.sameStory ? 'verdict: same story' : 'verdict: different stories');
}
