// Unit tests of the boilerplate filter, line by line in each language, with real sentences that must survive.
import { describe, expect, it } from 'vitest';
import { classifyLine, filterBoilerplate } from './filter-boilerplate.js';

const CHROME: Record<string, string[]> = {
  any: [
    '72', '0', '1,2K', '© 2021 Le Journal', '© Communities 2019 - Privacy', 'Copyright 2024 Coastal Media', 'Facebook Twitter WhatsApp E-mail',
    'Abbildung 4: klassische Schwachschicht im Schneeprofil.', 'Figure 2. Water levels at the dam, 1990-2020',
    'Image 2 of 5', 'Bild 3 von 12', '4 / 9', 'Tags: harbour, budget, council', 'Schlagworte: Verkehr, Haushalt',
  ],
  en: [
    'Read also: Joe Biden engages in the showdown with Vladimir Putin',
    'Read more: Storm damage bill passes ten million',
    'You may like',
    'Trends 24h',
    'Latest',
    'Comments',
    'Previous article',
    'Next article: Council votes on parking fees',
    'Share',
    'Share this article',
    'Advertisement',
    'We use cookies to improve your experience on our site.',
    'All rights reserved',
    'Follow us on Twitter',
    'Sign up for our daily newsletter',
    'All news articles on 2021-05-21',
    'Now you can see non-English news...',
    'The information on this site is from external sources that are not under our control.',
    'The inclusion of any links does not necessarily imply a recommendation or endorse the views expressed within them.',
    'By Mira Okafor and Tom Reyes',
    'About the author',
    'This entry was posted in News. Bookmark the permalink.',
    'Follow The Harbour Herald on Twitter and Instagram @harbourherald.',
    'For the latest stories download the Harbour Herald apps for iOS and Android.',
    'Never miss the latest news by signing up to our newsletter today!',
    'The Harbour Herald is not responsible for the opinions, statements or media content presented by contributors.',
    'Written permission must be obtained before reprint in online or print media.',
  ],
  fr: [
    'Lire aussi : Un camion militaire fonce sur un groupe de manifestants au Myanmar.',
    'Lire aussi\u00a0: Dans son message de Noël, la reine se souvient',
    'À lire aussi',
    'Commentaires',
    'Article précédentLa police de la vaccination est en action !',
    'Article suivantL’Europe et la Corée vont coopérer contre le crime organisé',
    'Lisez Patrouilleurs des médias sur Google News !',
    'Suivez-nous',
    'Partager',
    'Publicité',
    'Nous utilisons des cookies pour mesurer l’audience.',
    'Tous droits réservés',
    "Toutes les actualités du site n'expriment pas le point de vue du site, mais nous transmettons cette actualité automatiquement et la traduisons grâce à une technologie programmatique",
    'Par Claire Dumont',
  ],
  de: [
    'Lesen Sie auch: Pendler klagen über volle Regionalzüge',
    'Auch interessant',
    'Kommentare',
    'Anzeige',
    'Wir verwenden Cookies, um unsere Website für Sie zu verbessern.',
    'Alle Rechte vorbehalten',
    'Teilen',
    '- Anzeige -',
    'Über den Autor',
    'Kontakt:',
    'Zurück zur Listenansicht',
    'Titelbild: Jana Berg / Stadtarchiv',
    'Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.',
    'Du musst eingeloggt sein, um Kommentare zu schreiben!',
    'Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter.',
  ],
  es: [
    'Leer también: Los precios de la fruta bajan por segundo mes',
    'Lea también',
    'Te puede interesar: La cosecha de arroz se adelanta',
    'Comentarios',
    'Publicidad',
    'Utilizamos cookies propias y de terceros.',
    'Todos los derechos reservados',
    'Compartir',
  ],
  it: ['Leggi anche: Il treno per Bari torna in orario', 'Pubblicità'],
  pl: ['Czytaj także: Nowy most w Gdańsku', 'Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.', 'Reklama'],
  pt: ['Leia também: O metro de Lisboa prolonga horário', 'Publicidade'],
};

const PROSE: Record<string, string[]> = {
  en: [
    'Readers left many comments on our previous report about the closure.',
    'The minister said he would share the findings with Parliament next week.',
    'Latest figures show that exports rose by 4 per cent in May.',
    'The company said it uses cookies from a local bakery in its staff canteen.',
    'By Monday the river had risen above the quay.',
    'Like many residents on Twitter, she asked when the ferry would return.',
    'Contact with the crew was lost shortly after midnight.',
    'The 4 / 9 vote split the committee.',
    'He read also the letters his father had kept.',
    '2021 was the warmest year on record for the island.',
  ],
  fr: [
    'Les commentaires des visiteurs sur les réseaux sociaux sont très positifs.',
    'Il faut lire aussi les rapports des années précédentes, estime la chercheuse.',
    'La publicité pour le tabac reste interdite dans les stades.',
  ],
  de: [
    'Kommentare zu dem Projekt hatte die Stadt monatelang gesammelt.',
    'Die Anzeige gegen den Bürgermeister wurde inzwischen zurückgezogen.',
    'Von Montag an gilt auf der Brücke Tempo 30.',
    'Tag: der Montag, an dem der Markt öffnet.',
    'Abbildungen 4 und 5 zeigen, wie sich die Schicht im Lauf des Winters verändert hat.',
  ],
  es: [
    'Los comentarios de los vecinos han sido en general favorables.',
    'La publicidad institucional creció un 12 % durante la campaña.',
  ],
};

describe('classifyLine', () => {
  for (const [language, lines] of Object.entries(CHROME)) {
    for (const line of lines) {
      it(`removes chrome (${language}): ${line.slice(0, 50)}`, () => {
        expect(classifyLine(line).kind).not.toBe('keep');
      });
    }
  }
  for (const [language, lines] of Object.entries(PROSE)) {
    for (const line of lines) {
      it(`keeps a real sentence (${language}): ${line.slice(0, 50)}`, () => {
        expect(classifyLine(line).kind).toBe('keep');
      });
    }
  }

  it('turns source lines into source names', () => {
    expect(classifyLine('Source: lefigaro')).toEqual({ kind: 'source', name: 'lefigaro', credits: [] });
    expect(classifyLine('Source : AFP')).toEqual({ kind: 'source', name: 'AFP', credits: ['AFP'] });
    expect(classifyLine('Quelle: dpa')).toEqual({ kind: 'source', name: 'dpa', credits: ['dpa'] });
    expect(classifyLine('Fuente: EFE')).toEqual({ kind: 'source', name: 'EFE', credits: ['EFE'] });
    expect(classifyLine('Fonte: ANSA')).toEqual({ kind: 'source', name: 'ANSA', credits: ['ANSA'] });
  });

  it('does not take a sentence that starts with "Source:" as a source name', () => {
    expect(classifyLine('Source: the ministry said on Monday that the talks. They would resume.').kind).not.toBe('source');
  });

  it('turns photo and agency credit lines into canonical credits', () => {
    expect(classifyLine('Johanna Geron | Reuters')).toEqual({ kind: 'credit', credits: ['Reuters'] });
    expect(classifyLine('Photo: Lena Marsh / AFP')).toEqual({ kind: 'credit', credits: ['AFP'] });
    expect(classifyLine('(dpa)')).toEqual({ kind: 'credit', credits: ['dpa'] });
    expect(classifyLine('Foto: Luis Campos / Europa Press')).toEqual({ kind: 'credit', credits: ['Europa Press'] });
  });

  it('keeps datelines but records their agency', () => {
    const verdict = classifyLine('Köln (dpa) - Nach vier Jahren Bauzeit nimmt die neue Linie den Betrieb auf.');
    expect(verdict).toEqual({ kind: 'keep', credits: ['dpa'] });
    expect(classifyLine('The talks ended without a deal, officials said. — Reuters')).toEqual({ kind: 'keep', credits: ['Reuters'] });
  });

  it('does not read a lower-case "ap" or "efe" as an agency', () => {
    expect(classifyLine('Foto: Ana / efe').kind).not.toBe('credit');
  });
});

describe('filterBoilerplate', () => {
  it('removes the link list under a heading and stops at the next real paragraph', () => {
    const text = [
      'The bridge reopened on Friday.',
      '',
      'Most read',
      'Council votes on parking fees',
      'School concert raises funds',
      '',
      'The authority will keep a reduced speed limit until spring.',
    ].join('\n');
    const result = filterBoilerplate(text);
    expect(result.text).toBe('The bridge reopened on Friday.\n\nThe authority will keep a reduced speed limit until spring.');
    expect(result.removed).toBe(3);
  });

  it('reports sources and deduplicated credits, and keeps paragraph breaks', () => {
    const result = filterBoilerplate('Paris (AFP) - Le festival a fermé.\n\nPhoto : Marc Leroy / AFP\n\nSource : lefigaro\n\nRead also: x');
    expect(result).toEqual({ text: 'Paris (AFP) - Le festival a fermé.', removed: 3, sources: ['lefigaro'], credits: ['AFP'] });
  });
});
