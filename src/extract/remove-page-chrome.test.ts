import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';
import { removePageChrome } from './remove-page-chrome.js';

const prose = (words: string): string => `<p>${Array.from({ length: 6 }, () => words).join(' ')}</p>`;

describe('removePageChrome', () => {
  it('removes share bars, newsletter boxes, related lists, captions and short datelines but keeps the prose', () => {
    const document = parseDocument(`<!DOCTYPE html><html><body><div class="story">
      <div class="share-bar"><a>Facebook</a><a>Twitter</a></div>
      <p class="post-meta-line"><span>Publié le</span> <time datetime="2024-05-02">2 mai 2024</time></p>
      ${prose('Le conseil municipal a voté mardi soir le nouveau plan de circulation du centre-ville.')}
      <figure><img src="a.jpg"><figcaption>Photo : Jean Dupont / AFP</figcaption></figure>
      <div class="newsletterBox"><p>Abonnez-vous à notre lettre</p></div>
      ${prose('Die Stadtverwaltung kündigte an, die Arbeiten im Frühjahr zu beginnen und bis Herbst abzuschließen.')}
      <ul class="related-links"><li><a>Lire aussi : le budget</a></li></ul>
    </div></body></html>`);
    const result = removePageChrome(document);
    const text = document.body?.textContent ?? '';
    expect(text).toContain('Le conseil municipal');
    expect(text).toContain('Die Stadtverwaltung');
    for (const gone of ['Facebook', 'Publié le', 'Photo :', 'Abonnez-vous', 'Lire aussi']) expect(text).not.toContain(gone);
    expect(result.captions).toEqual(['Photo : Jean Dupont / AFP']);
    expect(result.removed).toBe(5);
  });

  it('keeps a wrapper whose name looks like chrome when it holds the article prose', () => {
    const document = parseDocument(`<!DOCTYPE html><html><body>
      <div class="container has-sidebar"><div class="sidebar-wrapper">${prose('El ayuntamiento aprobó el presupuesto anual con los votos de la mayoría.')}</div></div>
      <aside class="sidebar"><p>Más leídas</p></aside></body></html>`);
    removePageChrome(document);
    const text = document.body?.textContent ?? '';
    expect(text).toContain('El ayuntamiento aprobó');
    expect(text).not.toContain('Más leídas');
  });

  it('removes a paragraph that is only a link to another story, not prose that holds a link', () => {
    const document = parseDocument(`<!DOCTYPE html><html><body>
      ${prose('Il sindaco ha presentato il piano per le piste ciclabili del centro storico.')}
      <p><a href="/altro"><strong>LEGGI ANCHE: NUOVE REGOLE PER I MONOPATTINI</strong></a></p>
      <p>Secondo <a href="/report">il rapporto annuale</a>, il traffico è calato del dieci per cento rispetto allo scorso anno.</p>
      </body></html>`);
    removePageChrome(document);
    const text = document.body?.textContent ?? '';
    expect(text).not.toContain('LEGGI ANCHE');
    expect(text).toContain('il rapporto annuale');
  });

  it('keeps a paragraph that mentions a date inside running text', () => {
    const long = 'The hearing, first set for <time datetime="2024-06-01">1 June</time>, was moved after the defence asked for more time to read the new evidence files.';
    const document = parseDocument(`<!DOCTYPE html><html><body><p>${long}</p></body></html>`);
    removePageChrome(document);
    expect(document.body?.textContent).toContain('was moved after the defence');
  });

  it('keeps a story cut into many boxes with a layout name, but not a long run of comments', () => {
    const section = (words: string, i: number): string => `<div class="gallery-section section-${i}">${prose(words)}</div>`;
    const comments = Array.from({ length: 3 }, (_, i) => `<div class="comment">${prose(`Commentaire numéro ${i} : je ne suis pas du tout d'accord avec cet article.`)}</div>`);
    const document = parseDocument(`<!DOCTYPE html><html><body>
      ${section('Erstens: der Kaffeefilter aus Silikon spart jeden Morgen ein Papierfilter und wird einfach abgespült.', 1)}
      ${section('Zweitens: die Brotdose mit drei Fächern hält Salat und Brot getrennt, bis die Mittagspause kommt.', 2)}
      ${section('Drittens: der Schlüsselanhänger piept, sobald man in die Hände klatscht, und ist so nie lange verloren.', 3)}
      ${section('Viertens: die faltbare Wasserflasche passt leer in jede Jackentasche und fasst trotzdem einen Liter.', 4)}
      <div class="gallery-credits"><a>Fotos</a></div>
      ${comments.join('')}</body></html>`);
    removePageChrome(document);
    const text = document.body?.textContent ?? '';
    for (const kept of ['Erstens', 'Zweitens', 'Drittens', 'Viertens']) expect(text).toContain(kept);
    expect(text).not.toContain('Commentaire numéro');
  });

  it('removes short teaser cards with a linked headline, but not the story\'s own <article>', () => {
    const card = (headline: string): string => `<article class="story-card"><h2><a href="/x">${headline}</a></h2><p>One line of teaser about it.</p></article>`;
    const document = parseDocument(`<!DOCTYPE html><html><body>
      <article><h1><a href="/self">Ferry returns to the island</a></h1>${prose('The ferry service to the island resumed on Monday after three weeks of repairs to the pier.')}</article>
      <div class="more">${card('Koala rescued from the bushfire')}${card('Babies and vegetables')}</div></body></html>`);
    removePageChrome(document);
    const text = document.body?.textContent ?? '';
    expect(text).toContain('The ferry service to the island resumed');
    expect(text).not.toContain('Koala rescued');
    expect(text).not.toContain('Babies and vegetables');
  });
});
