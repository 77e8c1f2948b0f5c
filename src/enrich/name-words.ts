// Words around names: honorifics and job titles to strip, and words that tell an organisation or a place.
import { foldKey } from './normalize.js';

/**
 * Honorifics and titles that precede names in en, fr, de, es, it, pt, ru ("M. Blinken",
 * "Russian President Vladimir Putin", "Herr Scholz", "президент Путин"). Stripped from the edges of
 * candidate names. Folded keys, so "Président" and "president" are one entry.
 */
const TITLE_WORDS = [
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'herr', 'frau', 'sr', 'sra', 'srta', 'dona', 'sig', 'signor', 'signora', 'monsieur', 'madame', 'senor', 'senora',
  'president', 'presidente', 'prasident', 'prasidentin', 'presidenta', 'vice', 'vizeprasident',
  'secretary', 'secretaire', 'secretario', 'secretaria', 'sekretar', 'state', 'minister', 'ministre', 'ministro', 'ministra',
  'ministerin', 'foreign', 'prime', 'premier', 'chancellor', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin',
  'chancelier', 'canciller', 'senator', 'senateur', 'senador', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'gov', 'governor', 'gouverneur', 'gobernador', 'mayor', 'maire', 'burgermeister', 'alcalde', 'general', 'gen', 'colonel',
  'admiral', 'commander', 'king', 'queen', 'roi', 'reine', 'konig', 'konigin', 'rey', 'reina', 're', 'regina', 'prince', 'princess',
  'prinz', 'prinzessin', 'principe', 'princesa', 'pope', 'pape', 'papst', 'papa', 'saint', 'st', 'ambassador', 'ambassadeur',
  'botschafter', 'embajador', 'spokesman', 'spokeswoman', 'spokesperson', 'porte', 'parole', 'sprecher', 'sprecherin', 'portavoz',
  'chief', 'leader', 'head', 'director', 'directeur', 'judge', 'juge', 'richter', 'juez',
  'prezident', 'gossekretar', 'ministr', 'glava', 'premer', 'kantsler', 'sekretar', 'gensek', 'press',
];

/** Words that make an unknown capitalised name an organisation ("Ministry of Defence", "Banque de France"). */
const ORG_WORDS = [
  'ministry', 'ministere', 'ministerium', 'ministerio', 'ministero', 'council', 'conseil', 'rat', 'consejo', 'consiglio',
  'bank', 'banque', 'banco', 'banca', 'party', 'parti', 'partei', 'partido', 'partito', 'agency', 'agence', 'agentur', 'agencia',
  'agenzia', 'court', 'cour', 'gericht', 'tribunal', 'corte', 'university', 'universite', 'universitat', 'universidad', 'universita',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'groupe', 'gruppe', 'grupo', 'commission', 'kommission', 'comision',
  'committee', 'comite', 'ausschuss', 'fund', 'fonds', 'fondo', 'office', 'bureau', 'amt', 'department', 'departement',
  'union', 'association', 'verband', 'federation', 'foundation', 'fondation', 'stiftung', 'fundacion', 'institute', 'institut',
  'instituto', 'news', 'times', 'post', 'press', 'journal', 'tribune', 'organization', 'organisation', 'organizacion',
  'alliance', 'allianz', 'army', 'armee', 'ejercito', 'navy', 'forces', 'police', 'polizei', 'policia', 'parliament', 'parlement',
  'parlament', 'parlamento', 'senate', 'senat', 'senado', 'assembly', 'assemblee', 'congress', 'congres', 'kongress', 'congreso',
  'government', 'gouvernement', 'regierung', 'gobierno', 'governo', 'sciences', 'airlines', 'holding', 'reuters', 'palace', 'palais', 'palast', 'palacio', 'palazzo',
  'administration', 'administracion', 'verwaltung', 'agency', 'service', 'services', 'dienst',
];

/** Words that make an unknown capitalised name a place ("Black Sea", "Mer Noire", "Nord Stream" is not). */
const PLACE_WORDS = [
  'sea', 'mer', 'meer', 'mar', 'ocean', 'oceano', 'river', 'fleuve', 'fluss', 'rio', 'lake', 'lac', 'see', 'lago', 'mount',
  'mont', 'berg', 'monte', 'gulf', 'golfe', 'golf', 'golfo', 'bay', 'baie', 'bucht', 'bahia', 'strait', 'detroit', 'island',
  'islands', 'ile', 'iles', 'insel', 'isla', 'isola', 'valley', 'vallee', 'tal', 'valle', 'province', 'provinz', 'provincia',
  'region', 'city', 'ville', 'stadt', 'ciudad', 'county', 'district', 'oblast', 'north', 'south', 'east', 'west', 'new',
  'nord', 'sud', 'est', 'ouest', 'nueva', 'nuevo', 'neu', 'san', 'santa', 'sankt', 'port', 'fort', 'cape', 'cap',
];

/** Words that make an unknown name an event or period, kind 'other' ("Cold War", "Guerre froide", "Champions League"). */
const EVENT_WORDS = [
  'war', 'guerre', 'krieg', 'guerra', 'summit', 'sommet', 'gipfel', 'cumbre', 'vertice', 'crisis', 'crise', 'krise',
  'revolution', 'cup', 'coupe', 'pokal', 'copa', 'league', 'ligue', 'liga', 'games', 'olympics', 'jeux', 'spiele', 'juegos',
  'championship', 'championnat', 'meisterschaft', 'campeonato', 'festival', 'conference', 'conférence', 'konferenz',
  'conferencia', 'forum', 'accords', 'accord', 'agreement', 'abkommen', 'acuerdo', 'treaty', 'traite', 'vertrag', 'tratado',
  'pact', 'pacte', 'pakt', 'pacto', 'act', 'law', 'loi', 'gesetz', 'ley', 'plan', 'stream', 'pipeline', 'covid',
];

export const EVENT_KEYS: ReadonlySet<string> = new Set(EVENT_WORDS.map(foldKey));
export const TITLE_KEYS: ReadonlySet<string> = new Set(TITLE_WORDS.map(foldKey));
export const ORG_KEYS: ReadonlySet<string> = new Set(ORG_WORDS.map(foldKey));
export const PLACE_KEYS: ReadonlySet<string> = new Set(PLACE_WORDS.map(foldKey));
