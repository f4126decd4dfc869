/**
 * The rule-based reading of a reply: score every sentence against every kind (phrase patterns plus
 * payment intent), pick the strongest kind, quote its best sentence as evidence, and read promised
 * amounts and dates only from that sentence (a figure elsewhere in the mail may be about something else).
 */
import type { IsoDate } from "../../domain/types";
import { datesIn, disputeCategory, invoiceNumbersIn, moneyIn } from "./extract";
import { detectLanguage } from "./language";
import { ACKNOWLEDGEMENTS, PATTERNS } from "./patterns";
import { currentMessage, sentences } from "./sentences";
import { paymentSignals } from "./signals";
import type { Classification, MessageKind } from "./types";

type Scored = Exclude<MessageKind, "other">;
/** When two kinds tie, the more specific reading wins (an auto-reply that mentions payment is an auto-reply). */
const PRIORITY: Scored[] = [
  "out-of-office",
  "remittance",
  "wrong-contact",
  "dispute",
  "hardship",
  "paid",
  "promise",
  "question",
];
/** The subject line speaks for the answer only in auto-replies and payment advices. */
const SUBJECT_KINDS = new Set<Scored>(["out-of-office", "remittance"]);

function sentenceScores(sentence: string, asOf: IsoDate, isSubject: boolean): Map<Scored, number> {
  const scores = new Map<Scored, number>();
  const add = (kind: Scored, n: number) => {
    if (n > 0 && (!isSubject || SUBJECT_KINDS.has(kind))) scores.set(kind, (scores.get(kind) ?? 0) + n);
  };
  for (const kind of PRIORITY)
    add(
      kind,
      PATTERNS[kind].reduce((sum, p) => sum + (p.re.test(sentence) ? p.weight : 0), 0),
    );
  if (isSubject) return scores;
  const s = paymentSignals(sentence, asOf);
  if (!s.pay || s.hypothetical) return scores;
  if (s.refusal || s.conditional) add("dispute", 3);
  else if (s.inability) add("hardship", 2);
  else if (s.future > s.past) add("promise", 2 + Math.min(s.future, 2));
  else if (s.past > s.future) add("paid", 2 + Math.min(s.past, 2));
  return scores;
}

/** Reads a reply without a language model. Deterministic for a given text and `asOf`. */
export function classifyByRules(input: { subject: string; body: string }, asOf: IsoDate): Classification {
  const body = currentMessage(input.body);
  const parts = [input.subject, ...sentences(body)].filter((s) => s.trim());
  const totals = new Map<Scored, number>();
  const best = new Map<Scored, { sentence: string; score: number }>();
  parts.forEach((sentence, index) => {
    for (const [kind, score] of sentenceScores(sentence, asOf, index === 0)) {
      totals.set(kind, (totals.get(kind) ?? 0) + score);
      if (score > (best.get(kind)?.score ?? 0)) best.set(kind, { sentence, score });
    }
  });
  const ranked = PRIORITY.filter((k) => totals.has(k)).sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
  let kind: MessageKind = ranked[0] ?? "other";
  const top = ranked[0] ? (totals.get(ranked[0]) ?? 0) : 0;
  const second = ranked[1] ? (totals.get(ranked[1]) ?? 0) : 0;
  const acknowledgement = parts.find((s, i) => i > 0 && ACKNOWLEDGEMENTS.test(s));
  const evidence = (ranked[0] ? best.get(ranked[0])?.sentence : (acknowledgement ?? parts[1] ?? parts[0])) ?? "";
  const invoices = invoiceNumbersIn(body).numbers;
  // Money with invoice numbers after a "paid" statement is a remittance advice.
  if (kind === "paid" && invoices.length && moneyIn(body, asOf).length) kind = "remittance";
  const confidence =
    kind === "other"
      ? acknowledgement
        ? 0.7
        : 0.4
      : Math.min(0.97, 0.55 + 0.1 * Math.min(top, 3) + 0.3 * ((top - second) / top)) - (top < 2 ? 0.2 : 0);
  const out: Classification = {
    kind,
    confidence: Math.round(confidence * 100) / 100,
    evidence: evidence.trim(),
    language: detectLanguage(`${input.subject}\n${body}`).language,
    source: "rules",
    flags: [],
    warnings: [],
  };
  addFigures(out, kind === "remittance" ? body : out.evidence, invoices, asOf, body);
  return out;
}

function addFigures(out: Classification, text: string, invoices: string[], asOf: IsoDate, body: string): void {
  const money = moneyIn(text, asOf)[0];
  const amount = money
    ? { amountMinor: money.minor, amount: money.text.trim(), ...(money.currency ? { currency: money.currency } : {}) }
    : {};
  const found = datesIn(text, asOf, out.kind === "paid")[0];
  const date = found ? { date: found.date, dateText: found.text } : {};
  if (out.kind === "promise") out.promise = { ...amount, ...date };
  else if (out.kind === "paid") out.paid = { ...amount, ...date };
  else if (out.kind === "remittance") out.remittance = { ...amount, invoiceNumbers: invoices };
  else if (out.kind === "dispute") out.dispute = { reason: out.evidence, category: disputeCategory(body) };
}
