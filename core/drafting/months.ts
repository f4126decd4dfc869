/**
 * Month names in the five shipped languages (nominative and genitive forms, common abbreviations),
 * for reading dates written by people and by models: "3 listopada 2026", "Nov. 3", "3. März".
 */
const MONTHS: string[][] = [
  ["january", "enero", "janvier", "januar", "jänner", "styczeń", "stycznia"],
  ["february", "febrero", "février", "fevrier", "februar", "luty", "lutego"],
  ["march", "marzo", "mars", "märz", "marz", "marzec", "marca"],
  ["april", "abril", "avril", "kwiecień", "kwietnia"],
  ["may", "mayo", "mai", "maj", "maja"],
  ["june", "junio", "juin", "juni", "czerwiec", "czerwca"],
  ["july", "julio", "juillet", "juli", "lipiec", "lipca"],
  ["august", "agosto", "août", "aout", "sierpień", "sierpnia"],
  ["september", "septiembre", "setiembre", "septembre", "wrzesień", "września"],
  ["october", "octubre", "octobre", "oktober", "październik", "października"],
  ["november", "noviembre", "novembre", "listopad", "listopada"],
  ["december", "diciembre", "décembre", "decembre", "dezember", "grudzień", "grudnia"],
];

/** Abbreviations that are not prefixes of a full name above. */
const EXTRA: Record<string, number> = {
  sept: 9,
  juil: 7,
  janv: 1,
  févr: 2,
  fevr: 2,
  déc: 12,
  dez: 12,
  okt: 10,
  mär: 3,
};

/**
 * The month (1-12) a word names, or undefined. A word of 3+ letters matches when it is a full
 * name or the prefix of names that all mean the same month ("jui" is June or July: no match).
 */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  // "Sie" is the German "you" far more often than a Polish August.
  if (w.length < 3 || w === "sie") return undefined;
  if (EXTRA[w] !== undefined) return EXTRA[w];
  const hits = new Set<number>();
  MONTHS.forEach((names, i) => {
    if (names.some((n) => n === w || (n.startsWith(w) && w.length >= 3))) hits.add(i + 1);
  });
  return hits.size === 1 ? [...hits][0] : undefined;
}
