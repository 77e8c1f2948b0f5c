// Tests of the plain-text headline heuristics: site names, breadcrumbs, timestamps, body-first texts.
import { describe, expect, it } from 'vitest';
import { chooseTextTitle, deriveTitle } from './choose-text-title.js';

describe('chooseTextTitle', () => {
  it('skips a site name and a timestamp line', () => {
    const lines = ['The Daily Relay', '', 'Lighthouse keepers return to the cape', '', '2023-09-14T06:12:30Z', '', 'Body text starts here.'];
    expect(chooseTextTitle(lines)).toEqual({
      title: 'Lighthouse keepers return to the cape',
      titleLine: 2,
      chromeLines: [0, 4],
      timestamp: '2023-09-14T06:12:30Z',
    });
  });

  it('skips a five-word site name with short function words', () => {
    const header = chooseTextTitle(['Le Courrier des Deux Rives', '', 'Nantes : le tramway rouvre la ligne 2 après trois mois de travaux', '', 'Corps du texte.']);
    expect(header.title).toBe('Nantes : le tramway rouvre la ligne 2 après trois mois de travaux');
    expect(header.chromeLines).toEqual([0]);
  });

  it('skips a breadcrumb cut off with an ellipsis', () => {
    const header = chooseTextTitle(['Accueil Régions La ville de Quimper inaugure une...', 'La ville de Quimper inaugure une médiathèque']);
    expect(header.title).toBe('La ville de Quimper inaugure une médiathèque');
    expect(header.chromeLines).toEqual([0]);
  });

  it('keeps a short real headline that is followed by a body paragraph', () => {
    const header = chooseTextTitle(['Ferry strike called off', 'The union called off the strike late on Sunday after talks with the operator went on all day long.']);
    expect(header.title).toBe('Ferry strike called off');
  });

  it('takes the first sentence when the text starts with a body paragraph, leaving it in the body', () => {
    const paragraph = `Die Gemeinde Seefeld baut ein neues Hallenbad. ${'Der Gemeinderat hat lange beraten. '.repeat(8)}`;
    expect(chooseTextTitle([paragraph.trim()])).toEqual({ title: 'Die Gemeinde Seefeld baut ein neues Hallenbad', titleLine: null, chromeLines: [], timestamp: null });
  });
});

describe('deriveTitle', () => {
  it('does not end a sentence after an abbreviation', () => {
    expect(deriveTitle('M. Blinken a parlé avec Lavrov. Le ministre a répondu.')).toBe('M. Blinken a parlé avec Lavrov');
  });

  it('cuts a long first sentence at a word boundary with an ellipsis', () => {
    const title = deriveTitle(`${'word '.repeat(40)}end.`);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title).toMatch(/word…$/u);
  });
});

describe('chooseTextTitle mastheads', () => {
  it('skips a masthead block of site name and tagline, section or menu', () => {
    for (const second of ['Nachrichten aus Deutschland und der Welt', 'Tecnología', 'Politik | Wirtschaft | Panorama', 'Portada > España > Andalucía']) {
      const header = chooseTextTitle(['Der Tagesanker', second, '', 'Scheitel bei 9,86 Metern – Köln hofft auf sinkende Pegel', '', '6. Oktober 2026', '', 'Das Hochwasser hat in der Nacht seinen Höchststand erreicht.']);
      expect(header.title).toBe('Scheitel bei 9,86 Metern – Köln hofft auf sinkende Pegel');
      expect(header.chromeLines).toEqual([0, 1]);
    }
  });

  it('does not take a text without blank lines for a masthead', () => {
    const header = chooseTextTitle(['Short first headline here', 'Second line of prose that ends.', 'Third line.']);
    expect(header.title).toBe('Short first headline here');
  });
});
