// Lazy body translation on an article's first view, bounded in time so a slow provider never holds the page.
import type { ArticleTranslation, LangCode } from '../../domain/index.js';
import { describeError } from '../../domain/index.js';

export type TranslateArticle = (articleId: string, target: LangCode) => Promise<ArticleTranslation | null>;

/** Long enough for a cold Apertium pivot on a long article, short enough for a reader to wait. */
export const DEFAULT_TRANSLATE_TIMEOUT_MS = 8_000;

/**
 * Runs `translate` for at most `timeoutMs`; null on failure or timeout (the page then says
 * "translation pending"), with the reason passed to `report`. The work itself is not cancelled:
 * a provider that finishes late still stores its result for the next view.
 */
export async function translateWithin(
  translate: TranslateArticle,
  articleId: string,
  target: LangCode,
  timeoutMs: number,
  report: (message: string) => void,
): Promise<ArticleTranslation | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const work = translate(articleId, target).then(
    (result) => result,
    (error: unknown) => {
      report(`serve: translating article ${articleId} into ${target} failed: ${describeError(error)}`);
      return null;
    },
  );
  try {
    const result = await Promise.race([work, timeout]);
    if (result === 'timeout') {
      report(`serve: translating article ${articleId} into ${target} took over ${timeoutMs} ms; showing the original`);
      return null;
    }
    return result;
  } finally {
    clearTimeout(timer);
  }
}
