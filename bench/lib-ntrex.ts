// NTREX-128 as news articles: each document's lines in one language form one article (title = first line).
import { readFileSync } from 'node:fs';
import { requireShared } from './lib-shared.js';

export interface NtrexArticle {
  /** `<document id>/<language>` */
  key: string;
  document: string;
  language: string;
  title: string;
  text: string;
}

/** ISO 639-3 file names in the set and the ISO 639-1 codes our detector returns. */
export const ntrexLanguages: Record<string, string> = { eng: 'en', fra: 'fr', deu: 'de', spa: 'es', rus: 'ru' };

export function loadNtrexArticles(): NtrexArticle[] {
  const dir = requireShared('bench', 'ntrex');
  const ids = readLines(`${dir}/DOCUMENT_IDS.tsv`).map((l) => l.split('\t')[0] ?? l);
  const articles: NtrexArticle[] = [];
  for (const [file, language] of Object.entries(ntrexLanguages)) {
    const lines = readLines(`${dir}/${file}.txt`);
    if (lines.length !== ids.length) throw new Error(`bench: ${file}.txt has ${lines.length} lines, DOCUMENT_IDS.tsv ${ids.length}`);
    const byDoc = new Map<string, string[]>();
    ids.forEach((id, i) => {
      const list = byDoc.get(id) ?? [];
      list.push(lines[i] ?? '');
      byDoc.set(id, list);
    });
    for (const [document, docLines] of byDoc) {
      const [title = '', ...rest] = docLines;
      articles.push({ key: `${document}/${language}`, document, language, title, text: rest.join('\n\n') });
    }
  }
  return articles;
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
}
