/**
 * The grounding check: every amount, date and invoice number a generated draft states must be one
 * of the ledger facts, whatever format the model wrote it in. Any other figure (a changed balance,
 * an invented invoice, a percentage, a bank account number) rejects the draft. The check also
 * rejects a draft that claims in words that nothing is owed while the ledger says otherwise.
 */
import { findAmounts, findDates } from "./figures";
import { neutralizeText, type InboundFlag } from "./untrusted";
import type { Fact, FactKind } from "./types";

export interface GroundingOptions {
  /** Kinds the draft must state at least once (a reminder that omits the total is not a reminder). */
  requiredKinds?: FactKind[];
  /** The ledger shows a balance: a claim that nothing is owed is false. */
  balanceOwed?: boolean;
}

export interface GroundingResult {
  ok: boolean;
  problems: string[];
  /** Indexes into `facts` of the facts the text states. */
  stated: Set<number>;
}

const ZERO_CLAIMS = [
  /\b(?:balance|amount (?:due|owed|outstanding)|you owe)\b[^.\n]{0,25}\b(?:zero|nil|nothing|none)\b/i,
  /\bnothing (?:is |remains )?(?:owed|due|outstanding|to pay)\b/i,
  /\b(?:paid|settled) in full\b|\bfully (?:paid|settled)\b|\bno (?:outstanding|open) (?:balance|amount|invoices?)\b/i,
  /\bsaldo (?:es |es de |wynosi )?(?:cero|zero)\b|\bno (?:debe|adeuda)n? nada\b|\bnada pendiente\b/i,
  /\bsolde (?:est )?(?:nul|à zéro|zéro)\b|\brien à (?:payer|régler)\b|\bne (?:nous )?devez rien\b/i,
  /\bsaldo (?:ist )?(?:null|ausgeglichen)\b|\bnichts (?:mehr )?(?:offen|zu zahlen|schuldig)\b/i,
  /\bbrak (?:zaległości|należności)\b|\bnic nie (?:jesteście|są Państwo) winni\b/i,
];

function mask(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

export function checkGrounding(raw: string, facts: Fact[], options: GroundingOptions = {}): GroundingResult {
  const flags = new Set<InboundFlag>();
  let text = neutralizeText(raw, flags, Number.MAX_SAFE_INTEGER);
  const problems: string[] = [];
  const stated = new Set<number>();
  if (flags.has("lookalike-digits")) problems.push("the text disguises a number with look-alike characters");
  const indexed = facts.map((fact, i) => ({ fact, i }));

  for (const { fact, i } of indexed.filter((f) => f.fact.kind === "invoice-number")) {
    const re = new RegExp(`(?<![\\w-])${escapeRe(String(fact.raw))}(?![\\w])`, "gi");
    for (const m of [...text.matchAll(re)]) {
      stated.add(i);
      text = mask(text, m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
  }
  const dates = indexed.filter((f) => f.fact.kind === "date");
  for (const d of findDates(text)) {
    const hits = dates.filter(({ fact }) =>
      d.candidates.length
        ? d.candidates.includes(String(fact.raw))
        : d.monthDays.some(([m, day]) => String(fact.raw).slice(5) === `${pad(m)}-${pad(day)}`),
    );
    if (hits.length) for (const h of hits) stated.add(h.i);
    else problems.push(`the date "${d.text}" is not in the ledger facts`);
    text = mask(text, d.start, d.end);
  }
  const money = indexed.filter((f) => f.fact.currency !== undefined && typeof f.fact.raw === "number");
  const counts = indexed.filter((f) => f.fact.kind === "count" || f.fact.kind === "days-past-due");
  const currencies = new Set(money.map((f) => f.fact.currency));
  for (const a of findAmounts(text)) {
    if (a.percent) {
      problems.push(`the percentage "${a.text}" is not in the ledger facts`);
      continue;
    }
    if (a.currency && !currencies.has(a.currency)) {
      problems.push(`"${a.text}" is in a currency the ledger does not use here`);
      continue;
    }
    const moneyHits = money.filter((f) => f.fact.raw === a.minor);
    const countHits = a.hasDecimals || a.currency ? [] : counts.filter((f) => f.fact.raw === a.minor / 100);
    const hits = [...moneyHits, ...countHits];
    if (hits.length) for (const h of hits) stated.add(h.i);
    else problems.push(`the figure "${a.text.trim()}" is not in the ledger facts`);
  }
  if (options.balanceOwed && ZERO_CLAIMS.some((re) => re.test(text))) {
    problems.push("the text claims nothing is owed, but the ledger shows a balance");
  }
  for (const kind of options.requiredKinds ?? []) {
    if (!facts.some((f, i) => f.kind === kind && stated.has(i))) problems.push(`the text does not state the ${kind}`);
  }
  return { ok: problems.length === 0, problems, stated };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
