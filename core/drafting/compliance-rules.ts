/**
 * Phrase lists for the compliance lint, per shipped language. Debt-collection rules forbid threats
 * the firm has not decided to carry out, false statements about legal steps, and harassment or
 * shaming (including telling third parties). Lists are deliberately broad: a false alarm costs a
 * reviewer a glance; a missed threat can cost the firm a complaint.
 */
const W = "(?<![\\p{L}])";
const E = "(?![\\p{L}])";
const words = (...alts: string[]) => new RegExp(`${W}(?:${alts.join("|")})${E}`, "iu");

/** Mentions of legal or enforcement steps: allowed only in a final demand when the firm's policy says so. */
export const THREATS: RegExp[] = [
  words(
    "legal action",
    "legal proceedings",
    "legal steps",
    "lawsuit",
    "sue",
    "suing",
    "take you to court",
    "court proceedings",
    "collection agency",
    "debt collectors?",
    "bailiffs?",
    "garnish\\p{L}*",
    "seize",
    "judgment against you",
    "credit (?:bureau|report\\p{L}*|agenc\\p{L}*)",
    "blacklist\\p{L}*",
  ),
  words(
    "acciones legales",
    "acción judicial",
    "demandar\\p{L}*",
    "procedimiento judicial",
    "tribunal(?:es)?",
    "juzgados?",
    "embargo\\p{L}*",
    "agencia de cobros?",
    "lista de morosos",
  ),
  words(
    "poursuites?",
    "action en justice",
    "procédure judiciaire",
    "tribunal",
    "huissiers?",
    "saisie",
    "injonction de payer",
    "société de recouvrement",
  ),
  words(
    "rechtliche Schritte",
    "gerichtlich\\p{L}*",
    "Gerichts?",
    "Klage",
    "verklagen",
    "Inkasso\\p{L}*",
    "Zwangsvollstreckung",
    "Pfändung",
    "Mahnbescheid",
    "Schufa",
  ),
  words(
    "kroki prawne",
    "postępowani\\p{L}* sądow\\p{L}*",
    "pozew",
    "pozwiemy",
    "sąd",
    "sądu",
    "sądzie",
    "windykac\\p{L}*",
    "komornik\\p{L}*",
    "egzekucj\\p{L}*",
    "rejestr dłużników",
  ),
];

/** Statements Nudge can never know to be true, or that are false by nature: always refused. */
export const FALSE_LEGAL: RegExp[] = [
  /\b(?:legal action|proceedings|a lawsuit|a claim|suit) (?:has|have) been (?:filed|commenced|started|initiated|issued)\b/i,
  /\bwe have (?:filed|commenced|started|issued|initiated) (?:suit|proceedings|a lawsuit|a claim|legal action)\b/i,
  /\b(?:a )?judg(?:e)?ment (?:has been|was) (?:entered|obtained)\b/i,
  words("arrest\\p{L}*", "jail", "prison", "criminal", "police", "prosecut\\p{L}*"),
  words("hemos (?:presentado|interpuesto) (?:una )?demanda", "denuncia penal", "cárcel", "policía", "detenid\\p{L}*"),
  words("nous avons (?:engagé|déposé|intenté)\\p{L}*", "plainte pénale", "prison", "pénal\\p{L}*"),
  words(
    "wir haben (?:Klage|ein Verfahren) (?:eingereicht|erhoben)",
    "Strafanzeige",
    "Gefängnis",
    "Polizei",
    "strafrechtlich\\p{L}*",
  ),
  words("złożyliśmy pozew", "zawiadomienie o przestępstwie", "więzieni\\p{L}*", "policj\\p{L}*", "prokurat\\p{L}*"),
];

/** Shaming, insults and pressure through third parties. */
export const HARASSMENT: RegExp[] = [
  words(
    "deadbeats?",
    "shame\\p{L}*",
    "disgrace\\p{L}*",
    "pathetic",
    "irresponsible",
    "liars?",
    "dishonest",
    "thie(?:f|ves)",
    "scam\\p{L}*",
    "fraud\\p{L}*",
    "losers?",
    "idiots?",
    "stupid",
    "everyone will know",
  ),
  /\bwe (?:will|shall|may) (?:tell|inform|contact|notify|call) your (?:employer|family|friends|neighbou?rs|colleagues|clients|customers)\b/i,
  words(
    "vergüenza",
    "sinvergüenza",
    "morosos?",
    "mentiros\\p{L}*",
    "ladr[oó]n\\p{L}*",
    "estafa\\p{L}*",
    "irresponsable",
  ),
  words("honte\\p{L}*", "mauvais payeurs?", "menteurs?", "voleurs?", "escroc\\p{L}*", "irresponsables?"),
  words("Schande", "schämen", "Betrüger\\p{L}*", "Lügner\\p{L}*", "Dieb\\p{L}*", "verantwortungslos\\p{L}*"),
  words("wstyd\\p{L}*", "oszust\\p{L}*", "kłam\\p{L}*", "złodziej\\p{L}*", "nieodpowiedzialn\\p{L}*"),
  /\b(?:informaremos a su|informerons votre|informieren Ihren|poinformujemy) (?:\p{L}+ )?(?:empleador|familia|employeur|famille|Arbeitgeber|Familie|pracodawc\p{L}*|rodzin\p{L}*)/iu,
];

/** Links, web addresses and email addresses: a draft must not send the client anywhere it was not told to. */
export const LINKS =
  /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b(?:\/\S*)?/g;
