import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.js';
import { findLead } from './find-lead.js';
import { parseDocument } from './parse-document.js';

const BODY = [
  'Le conseil municipal a voté mardi soir le budget de la ville pour l’année prochaine, après trois heures de débat.',
  'Les investissements porteront surtout sur les écoles, les pistes cyclables et la rénovation de la piscine du centre.',
  'L’opposition a dénoncé une hausse des impôts locaux qu’elle juge trop forte pour les ménages modestes de la commune.',
  'Le maire a répondu que la hausse resterait inférieure à l’inflation et que la dette de la ville continuerait de baisser.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

function page(header: string, head = ''): string {
  return `<!DOCTYPE html><html lang="fr"><head><title>Budget voté</title>${head}</head><body>
<nav><a href="/">Accueil</a> <a href="/politique">Politique</a></nav>
<article><header><h1>Le budget de la ville adopté après trois heures de débat</h1>${header}</header>
<div class="article-body">${BODY}</div></article>
<footer>© Le Quotidien</footer></body></html>`;
}

const CHAPO = 'Une hausse modérée des impôts locaux et de gros investissements dans les écoles : la majorité a fait passer son budget.';

describe('findLead', () => {
  it('finds a standfirst marked by a class word under the headline, in several languages', () => {
    for (const name of ['chapo', 'article__lead', 'c-standfirst', 'entradilla', 'articleIntro', 'sumario']) {
      expect(findLead(parseDocument(page(`<p class="${name}">${CHAPO}</p>`))), name).toBe(CHAPO);
    }
  });

  it('allows a byline and a date between the headline and the lead', () => {
    const header = `<p class="byline">Par Marie Dupont</p><time datetime="2024-10-01">1er octobre 2024</time><div class="lead">${CHAPO}</div>`;
    expect(findLead(parseDocument(page(header)))).toBe(CHAPO);
  });

  it('takes a paragraph equal to the page description when no class marks it', () => {
    const head = `<meta property="og:description" content="${CHAPO}">`;
    expect(findLead(parseDocument(page(`<p>${CHAPO}</p>`, head)))).toBe(CHAPO);
    // A description that only summarises (no paragraph says it) is not a lead.
    expect(findLead(parseDocument(page('', head)))).toBeNull();
  });

  it('ignores lead-named boxes that are navigation, link lists or far from the headline', () => {
    expect(findLead(parseDocument(page(`<aside class="lead">${CHAPO}</aside>`)))).toBeNull();
    expect(findLead(parseDocument(page(`<ul><li class="teaser">${CHAPO}</li></ul>`)))).toBeNull();
    expect(findLead(parseDocument(page(`<p class="intro"><a href="/autre">${CHAPO}</a></p>`)))).toBeNull();
    // Too short to be a lead: a kicker or a label.
    expect(findLead(parseDocument(page('<p class="lead">Budget 2025</p>')))).toBeNull();
    // After the whole body, a "summary" box is a recap, not a standfirst.
    const late = page('').replace('</article>', `</article><div class="summary">${CHAPO}</div>`);
    expect(findLead(parseDocument(late))).toBeNull();
  });

  it('finds nothing without a headline to place the lead against', () => {
    expect(findLead(parseDocument(page(`<p class="lead">${CHAPO}</p>`).replace(/<h1>.*<\/h1>/u, '')))).toBeNull();
  });
});

describe('extractArticle lead', () => {
  it('returns a standfirst that Readability leaves out of the body as the lead', () => {
    const article = extractArticle({ ref: 'lead.html', format: 'html', body: page(`<p class="chapo">${CHAPO}</p>`), hints: {} });
    expect(article.lead).toBe(CHAPO);
    expect(article.text).not.toContain('Une hausse modérée');
    expect(article.text.startsWith('Le conseil municipal a voté mardi soir')).toBe(true);
  });

  it('has no separate lead when the body already starts with it, so it is never shown twice', () => {
    const html = page('').replace('<div class="article-body">', `<div class="article-body"><p class="chapo">${CHAPO}</p>`);
    const article = extractArticle({ ref: 'lead.html', format: 'html', body: html, hints: {} });
    expect(article.lead).toBeNull();
    expect(article.text.startsWith(CHAPO)).toBe(true);
  });

  it('has no lead for plain text input', () => {
    const article = extractArticle({ ref: 'a.txt', format: 'text', body: `Titre\n\n${CHAPO}\n\nSuite du texte.`, hints: {} });
    expect(article.lead).toBeNull();
  });
});
