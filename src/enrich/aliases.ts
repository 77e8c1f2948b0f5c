// Our own hand-written alias table: organisations and frequent news entities whose names change across languages.
import type { EntityKind } from '../domain/index.js';

/**
 * One canonical entity and the forms it takes in news text. `name` is the English display name the
 * id is made from. All-capital forms (NATO, OTAN, НАТО, EE.UU.) are matched case-sensitively as
 * acronyms, so the French article "Un" never reads as the UN; other forms match case-insensitively
 * after transliteration, so the Cyrillic forms also cover their Latin transcriptions.
 * This is general news vocabulary written by us, kept modest on purpose; it is not tuned to any test text.
 * Lone surnames are listed only for people famous enough that the surname alone is unambiguous in news.
 */
export interface AliasEntry {
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
}

export const ALIASES: readonly AliasEntry[] = [
  // International organisations.
  { kind: 'org', name: 'NATO', aliases: ['NATO', 'OTAN', 'НАТО', 'Nato', 'North Atlantic Treaty Organization', 'Organisation du traité de l’Atlantique nord', 'Alliance atlantique', 'Atlantic Alliance', 'Alliance de l’Atlantique Nord', 'Nordatlantikpakt', 'Organización del Tratado del Atlántico Norte'] },
  { kind: 'org', name: 'European Union', aliases: ['EU', 'UE', 'ЕС', 'Union européenne', 'Europäische Union', 'Unión Europea', 'Unione europea', 'União Europeia', 'Европейский союз', 'Евросоюз', 'Unia Europejska'] },
  { kind: 'org', name: 'United Nations', aliases: ['UN', 'ONU', 'UNO', 'ООН', 'United Nations', 'Nations unies', 'Organisation des Nations unies', 'Vereinte Nationen', 'Naciones Unidas', 'Nazioni Unite', 'Nações Unidas', 'Организация Объединённых Наций'] },
  { kind: 'org', name: 'UN Security Council', aliases: ['Security Council', 'Conseil de sécurité', 'Sicherheitsrat', 'Consejo de Seguridad', 'Совет Безопасности ООН', 'Совбез ООН'] },
  { kind: 'org', name: 'World Health Organization', aliases: ['WHO', 'OMS', 'ВОЗ', 'World Health Organization', 'Organisation mondiale de la santé', 'Weltgesundheitsorganisation', 'Organización Mundial de la Salud', 'Всемирная организация здравоохранения'] },
  { kind: 'org', name: 'International Monetary Fund', aliases: ['IMF', 'FMI', 'IWF', 'МВФ', 'International Monetary Fund', 'Fonds monétaire international', 'Internationaler Währungsfonds', 'Fondo Monetario Internacional', 'Международный валютный фонд'] },
  { kind: 'org', name: 'European Central Bank', aliases: ['ECB', 'BCE', 'EZB', 'ЕЦБ', 'European Central Bank', 'Banque centrale européenne', 'Europäische Zentralbank', 'Banco Central Europeo', 'Banca centrale europea', 'Европейский центральный банк'] },
  { kind: 'org', name: 'European Commission', aliases: ['European Commission', 'Commission européenne', 'Europäische Kommission', 'EU-Kommission', 'Comisión Europea', 'Commissione europea', 'Comissão Europeia', 'Еврокомиссия', 'Европейская комиссия'] },
  { kind: 'org', name: 'European Parliament', aliases: ['European Parliament', 'Parlement européen', 'Europäisches Parlament', 'EU-Parlament', 'Parlamento Europeo', 'Европарламент'] },
  { kind: 'org', name: 'OSCE', aliases: ['OSCE', 'OSZE', 'ОБСЕ', 'OBSE', 'Organization for Security and Co-operation in Europe', 'Organisation pour la sécurité et la coopération en Europe', 'Organisation für Sicherheit und Zusammenarbeit in Europa', 'Organización para la Seguridad y la Cooperación en Europa'] },
  { kind: 'org', name: 'G7', aliases: ['G7', 'G-7', 'G 7', 'Group of Seven', 'Groupe des sept', 'Большая семёрка'] },
  { kind: 'org', name: 'G20', aliases: ['G20', 'G-20', 'G 20', 'Group of Twenty', 'Groupe des vingt', 'Большая двадцатка'] },
  { kind: 'org', name: 'Red Cross', aliases: ['Red Cross', 'Croix-Rouge', 'Rotes Kreuz', 'Roten Kreuz', 'Cruz Roja', 'Croce Rossa', 'Красный Крест', 'ICRC', 'CICR', 'IKRK'] },
  { kind: 'org', name: 'International Atomic Energy Agency', aliases: ['IAEA', 'AIEA', 'IAEO', 'OIEA', 'МАГАТЭ'] },
  { kind: 'org', name: 'International Criminal Court', aliases: ['ICC', 'CPI', 'IStGH', 'МУС', 'International Criminal Court', 'Cour pénale internationale', 'Internationaler Strafgerichtshof', 'Corte Penal Internacional'] },
  { kind: 'org', name: 'World Trade Organization', aliases: ['WTO', 'OMC', 'ВТО', 'World Trade Organization', 'Organisation mondiale du commerce', 'Welthandelsorganisation', 'Organización Mundial del Comercio'] },
  { kind: 'org', name: 'OPEC', aliases: ['OPEC', 'OPEP', 'OPEP+', 'ОПЕК'] },
  // Seats of power, used as metonyms for governments.
  { kind: 'org', name: 'Kremlin', aliases: ['Kremlin', 'Kreml', 'Cremlino', 'Kremlin de Moscou', 'Кремль'] },
  { kind: 'org', name: 'White House', aliases: ['White House', 'Maison Blanche', 'Maison-Blanche', 'Weißes Haus', 'Weißen Haus', 'Weiße Haus', 'Weisses Haus', 'Casa Blanca', 'Casa Bianca', 'Casa Branca', 'Белый дом'] },
  { kind: 'org', name: 'Pentagon', aliases: ['Pentagon', 'Pentagone', 'Pentágono', 'Пентагон'] },
  { kind: 'org', name: 'US State Department', aliases: ['State Department', 'Département d’État', 'US-Außenministerium', 'Departamento de Estado', 'Госдепартамент', 'Госдеп'] },
  // Places whose usual news names are missing from the country and city data.
  { kind: 'place', name: 'United States', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'EE.UU.', 'EEUU', 'États-Unis', 'Etats-Unis', 'Vereinigte Staaten', 'Estados Unidos', 'Stati Uniti', 'США', 'Соединённые Штаты', 'Соединенные Штаты'] },
  { kind: 'place', name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'Royaume-Uni', 'Grande-Bretagne', 'Großbritannien', 'Vereinigtes Königreich', 'Reino Unido', 'Gran Bretaña', 'Regno Unito', 'Великобритания'] },
  { kind: 'place', name: 'Russia', aliases: ['Russia', 'Russie', 'Russland', 'Rusia', 'Россия', 'Russian Federation', 'Fédération de Russie', 'Russische Föderation', 'Российская Федерация', 'РФ'] },
  { kind: 'place', name: 'Washington', aliases: ['Washington', 'Washington D.C.', 'Washington DC', 'Вашингтон'] },
  { kind: 'place', name: 'Kyiv', aliases: ['Kyiv', 'Kiev', 'Kiew', 'Kijów', 'Киев', 'Київ'] },
  { kind: 'place', name: 'Crimea', aliases: ['Crimea', 'Crimée', 'Krim', 'Крым'] },
  { kind: 'place', name: 'Donbas', aliases: ['Donbas', 'Donbass', 'Донбасс', 'Донбас'] },
  { kind: 'place', name: 'Gaza', aliases: ['Gaza', 'Gaza Strip', 'Bande de Gaza', 'Gazastreifen', 'Franja de Gaza', 'Газа'] },
  { kind: 'place', name: 'Saint Petersburg', aliases: ['Saint Petersburg', 'St. Petersburg', 'Saint-Pétersbourg', 'Sankt Petersburg', 'Sankt-Petersburg', 'San Petersburgo', 'San Pietroburgo', 'Санкт-Петербург', 'Петербург'] },
  { kind: 'place', name: 'Geneva', aliases: ['Geneva', 'Genève', 'Genf', 'Ginebra', 'Ginevra', 'Genebra', 'Женева'] },
  { kind: 'place', name: 'Brussels', aliases: ['Brussels', 'Bruxelles', 'Brüssel', 'Bruselas', 'Bruxelas', 'Брюссель'] },
  { kind: 'place', name: 'Beijing', aliases: ['Beijing', 'Pékin', 'Peking', 'Pekín', 'Pechino', 'Пекин'] },
  { kind: 'place', name: 'Arctic', aliases: ['Arctic', 'Arctique', 'Arktis', 'Ártico', 'Artico', 'Арктика'] },
  // People whose names are spelled differently across languages and scripts.
  { kind: 'person', name: 'Vladimir Putin', aliases: ['Vladimir Putin', 'Vladimir Poutine', 'Wladimir Putin', 'Vladímir Putin', 'Władimir Putin', 'Владимир Путин', 'Putin', 'Poutine', 'Путин', 'Putín'] },
  { kind: 'person', name: 'Joe Biden', aliases: ['Joe Biden', 'Joseph Biden', 'Joseph R. Biden', 'Джо Байден', 'Biden', 'Байден'] },
  { kind: 'person', name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Volodymyr Zelenski', 'Wolodymyr Selenskyj', 'Volodímir Zelenski', 'Владимир Зеленский', 'Володимир Зеленський', 'Zelensky', 'Zelenskyy', 'Zelenski', 'Selenskyj', 'Zelenskiy', 'Зеленский', 'Зеленський'] },
  { kind: 'person', name: 'Xi Jinping', aliases: ['Xi Jinping', 'Си Цзиньпин', '习近平'] },
  { kind: 'person', name: 'Sergey Lavrov', aliases: ['Sergey Lavrov', 'Sergei Lavrov', 'Sergueï Lavrov', 'Serguei Lavrov', 'Sergej Lawrow', 'Serguéi Lavrov', 'Siergiej Ławrow', 'Сергей Лавров', 'Lavrov', 'Lawrow', 'Ławrow', 'Лавров'] },
  { kind: 'person', name: 'Alexei Navalny', aliases: ['Alexei Navalny', 'Alexey Navalny', 'Alexeï Navalny', 'Alexej Nawalny', 'Alexéi Navalni', 'Алексей Навальный', 'Navalny', 'Navalni', 'Nawalny', 'Навальный'] },
  { kind: 'person', name: 'Dmitry Peskov', aliases: ['Dmitry Peskov', 'Dmitri Peskov', 'Dmitri Peskow', 'Dmitrij Peskow', 'Dmitri Peskov', 'Дмитрий Песков', 'Peskov', 'Peskow', 'Песков'] },
  { kind: 'person', name: 'Dmitry Medvedev', aliases: ['Dmitry Medvedev', 'Dmitri Medvedev', 'Dmitri Medwedew', 'Дмитрий Медведев', 'Medvedev', 'Medwedew', 'Медведев'] },
  { kind: 'person', name: 'Antony Blinken', aliases: ['Antony Blinken', 'Anthony Blinken', 'Энтони Блинкен', 'Blinken', 'Блинкен'] },
  { kind: 'person', name: 'Donald Trump', aliases: ['Donald Trump', 'Donald J. Trump', 'Дональд Трамп', 'Trump', 'Трамп'] },
  { kind: 'person', name: 'Emmanuel Macron', aliases: ['Emmanuel Macron', 'Эммануэль Макрон', 'Macron', 'Макрон'] },
  { kind: 'person', name: 'Olaf Scholz', aliases: ['Olaf Scholz', 'Олаф Шольц', 'Scholz', 'Шольц'] },
  { kind: 'person', name: 'Angela Merkel', aliases: ['Angela Merkel', 'Ангела Меркель', 'Merkel', 'Меркель'] },
  { kind: 'person', name: 'Recep Tayyip Erdogan', aliases: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Реджеп Тайип Эрдоган', 'Erdoğan', 'Erdogan', 'Эрдоган'] },
  { kind: 'person', name: 'Benjamin Netanyahu', aliases: ['Benjamin Netanyahu', 'Benyamin Netanyahou', 'Benjamin Netanjahu', 'Биньямин Нетаньяху', 'Netanyahu', 'Netanyahou', 'Netanjahu', 'Нетаньяху'] },
  { kind: 'person', name: 'Alexander Lukashenko', aliases: ['Alexander Lukashenko', 'Alexandre Loukachenko', 'Alexander Lukaschenko', 'Александр Лукашенко', 'Lukashenko', 'Loukachenko', 'Lukaschenko', 'Lukashenka', 'Лукашенко'] },
  { kind: 'person', name: 'Ursula von der Leyen', aliases: ['Ursula von der Leyen', 'Урсула фон дер Ляйен'] },
  { kind: 'person', name: 'Jens Stoltenberg', aliases: ['Jens Stoltenberg', 'Йенс Столтенберг', 'Stoltenberg', 'Столтенберг'] },
  { kind: 'person', name: 'Pope Francis', aliases: ['Pope Francis', 'Pape François', 'Papst Franziskus', 'Papa Francisco', 'Papa Francesco', 'Папа Франциск'] },
];
