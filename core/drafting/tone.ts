/**
 * Which tone a draft takes, and why: the one place for the rule. The reviewer sees the reason
 * (`Draft.toneReason`); the language model is given the same tone.
 *
 * 1. A tone the reviewer chose (a `tone` without a `stepId`) is used as it is.
 * 2. Some drafts have one natural tone: a receipt is friendly, a partner letter firm, a final demand
 *    final, and a reply acknowledging what the client wrote (a promise, a dispute…) friendly.
 * 3. Otherwise the base is the sequence step's tone: the tone configured on the step (a `tone` with a
 *    `stepId`, as the follow-up engine sends it), else by the step's day (`+7` friendly, up to `+45`
 *    firm, later final), else by how late the oldest invoice is. A consumer client gets no final
 *    tone from lateness alone (the consumer sequence has no final wording).
 * 4. The base then moves at most one step, by the client's stored payment score and relationship:
 *    - softer when the client is a long-standing good payer (a client for 2 years or more, at least
 *      6 invoices settled, 80% or more of them on time), this is a first slip (nothing paid late
 *      in the past year, no promise to pay ever broken), and the score is high (the firm's "a
 *      reminder is enough" chance or better, in the reminder or call segment). "On time" here
 *      allows a week's grace (the first reminder step): a few days' delay is not a slip;
 *    - firmer when the score is low (below the firm's "the partner steps in" chance) and the client
 *      has broken a promise to pay, and an invoice is past due;
 *    - a score of low confidence, or none, changes nothing.
 * 5. Guardrails: never final unless the step itself is final (a final demand comes only with its
 *    own step, never by skipping ahead), and never firmer for a consumer client (debt-collection
 *    rules: the step's compliant wording stays; softer is allowed).
 */
import type { IsoDate } from "../domain/types";
import type { Confidence } from "../scoring/confidence";
import type { Segment } from "../scoring/segments";
import { type DraftPurpose, type ReplyKind, type Tone, TONES } from "./types";

/** A client's stored payment score, for the account the draft is about. */
export interface ScoreSignal {
  /** Chance the overdue balance is paid within 30 days. */
  p30: number;
  segment: Segment;
  confidence: Confidence;
  /** The day the score was computed for. */
  asOf: IsoDate;
}

/** The firm's own thresholds (its segment policy) for a high and a low chance of payment. */
export interface ScoreThresholds {
  /** At or above: a high score (the firm's `nudgeMinP30`). */
  highP30: number;
  /** Below: a low score (the firm's `partnerBelowP30`). */
  lowP30: number;
}

/** What the ledger and the promises say about the relationship, as of the draft's day. */
export interface RelationshipSignal {
  /** Days since the client's first invoice. */
  tenureDays: number;
  settledInvoices: number;
  /** Of those, paid on time: at most `SLIP_GRACE_DAYS` after the due date. */
  settledOnTime: number;
  /** Invoices paid late (more than `SLIP_GRACE_DAYS` after the due date) in the past 365 days. */
  lateLastYear: number;
  brokenPromises: number;
}

export interface ToneInput {
  purpose: DraftPurpose;
  stepId?: string;
  /** With a `stepId`: the step's configured tone. Without: the reviewer's choice. */
  tone?: Tone;
  replyKind?: ReplyKind;
  oldestDaysPastDue: number;
  consumer: boolean;
  score?: ScoreSignal;
  thresholds?: ScoreThresholds;
  relationship?: RelationshipSignal;
}

export type ToneChange = "chosen" | "fixed" | "kept" | "softer" | "firmer";

export interface ToneDecision {
  tone: Tone;
  /** The tone before the score and relationship were considered. */
  base: Tone;
  change: ToneChange;
  /** For the reviewer, in words. */
  reason: string;
  /** For the language model: how to word it, without any figure or history. */
  note?: string;
}

/** Days after the due date a payment may come and still count as on time for the relationship. */
export const SLIP_GRACE_DAYS = 7;
/** A long-standing good payer: the thresholds of the rule above. */
export const GOOD_PAYER = { minTenureDays: 730, minSettled: 6, minOnTimeShare: 0.8 } as const;
/** A stored score older than this is not used. */
export const MAX_SCORE_AGE_DAYS = 31;

const NOTES = {
  softer: "a long-standing client who usually pays on time: warm, treat the delay as an oversight",
  firmer: "clear and direct: ask for a definite payment date; still courteous",
} as const;

const FIXED: Partial<Record<DraftPurpose, [Tone, string]>> = {
  receipt: ["friendly", "A receipt is always friendly."],
  "partner-letter": ["firm", "A partner letter is always firm."],
  "final-demand": ["final", "A final demand is always final."],
};

const REPLY_NAMES: Record<ReplyKind, string> = {
  promise: "promise to pay",
  dispute: "dispute",
  hardship: "financial difficulty",
  paid: "payment notice",
  remittance: "remittance details",
  "wrong-contact": "note that we wrote to the wrong person",
};

export function stepOffset(stepId: string | undefined): number | undefined {
  const m = /([-+]?\d+)/.exec(stepId ?? "");
  return m ? Number(m[1]) : undefined;
}

function byLateness(days: number): Tone {
  if (days <= 14) return "friendly";
  return days <= 60 ? "firm" : "final";
}

const pct = (p: number) => `${Math.round(100 * p)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const softer = (t: Tone): Tone => TONES[Math.max(0, TONES.indexOf(t) - 1)]!;
const firmer = (t: Tone): Tone => TONES[Math.min(TONES.length - 1, TONES.indexOf(t) + 1)]!;

/** The tone before any adjustment, and the words for where it came from. */
function baseTone(input: ToneInput): [Tone, string] {
  const days = Math.max(0, input.oldestDaysPastDue);
  if (input.tone) return [input.tone, `Step ${input.stepId} is set to ${input.tone}.`];
  if (input.purpose === "reminder") {
    const offset = stepOffset(input.stepId);
    if (offset !== undefined) {
      const tone = offset <= 7 ? "friendly" : offset <= 45 ? "firm" : "final";
      return [tone, `Step ${input.stepId} calls for ${tone}.`];
    }
    const tone = byLateness(days);
    if (tone === "final" && input.consumer) {
      return [
        "firm",
        `The oldest invoice is ${plural(days, "day")} past due; consumer clients get no final tone: firm.`,
      ];
    }
    return [tone, `The oldest invoice is ${plural(days, "day")} past due: ${tone}.`];
  }
  const tone = days > 30 ? "firm" : "friendly";
  return [tone, `The oldest invoice is ${plural(days, "day")} past due: ${tone}.`];
}

function scoreWords(score: ScoreSignal): string {
  return `a ${pct(score.p30)} chance of payment within 30 days (${score.confidence} confidence, segment ${score.segment}, scored ${score.asOf})`;
}

function isGoodPayer(r: RelationshipSignal): boolean {
  return (
    r.tenureDays >= GOOD_PAYER.minTenureDays &&
    r.settledInvoices >= GOOD_PAYER.minSettled &&
    r.settledOnTime >= GOOD_PAYER.minOnTimeShare * r.settledInvoices
  );
}

const isFirstSlip = (r: RelationshipSignal) => r.lateLastYear === 0 && r.brokenPromises === 0;

type Chosen = Pick<ToneInput, "purpose" | "stepId" | "tone" | "replyKind">;

const isChosen = (input: Chosen) => input.tone !== undefined && input.stepId === undefined;
const isFixed = (input: Chosen) =>
  FIXED[input.purpose] !== undefined || (input.purpose === "reply" && input.replyKind !== undefined);

/** Whether the score and relationship can move the tone (else they need not be read). */
export function readsSignals(input: Chosen): boolean {
  return !isChosen(input) && !isFixed(input);
}

/** Decides the tone of a draft (see the rule at the top of this file). */
export function decideTone(input: ToneInput): ToneDecision {
  if (input.tone && isChosen(input)) {
    return {
      tone: input.tone,
      base: input.tone,
      change: "chosen",
      reason: `Tone ${input.tone} chosen by the reviewer.`,
    };
  }
  const fixed = FIXED[input.purpose];
  if (fixed) return { tone: fixed[0], base: fixed[0], change: "fixed", reason: fixed[1] };
  if (input.purpose === "reply" && input.replyKind) {
    const reason = `A reply acknowledging the client's ${REPLY_NAMES[input.replyKind]} is friendly.`;
    return { tone: "friendly", base: "friendly", change: "fixed", reason };
  }
  const [base, from] = baseTone(input);
  const kept = (why: string): ToneDecision => ({ tone: base, base, change: "kept", reason: `${from} Kept: ${why}.` });
  const { score, relationship: rel, thresholds } = input;
  if (!score || !thresholds) return kept("there is no recent payment score for this client");
  if (score.confidence === "low") return kept(`the score is of low confidence (${scoreWords(score)})`);

  const relation = rel ? `; ${relationshipWords(rel)}` : "";
  const high = score.p30 >= thresholds.highP30 && (score.segment === "nudge" || score.segment === "collector-call");
  if (high && rel && isGoodPayer(rel) && isFirstSlip(rel)) {
    const why = `a long-standing good payer on a first slip (${relationshipWords(rel)}) with ${scoreWords(score)}`;
    if (base === "friendly") return kept(`already friendly, for ${why}`);
    const tone = softer(base);
    return { tone, base, change: "softer", reason: `${from} One step softer, ${tone}: ${why}.`, note: NOTES.softer };
  }

  const low = score.p30 < thresholds.lowP30;
  if (low && rel && rel.brokenPromises > 0 && input.oldestDaysPastDue > 0) {
    const why = `${plural(rel.brokenPromises, "broken promise")} to pay and ${scoreWords(score)}`;
    if (input.consumer)
      return kept(`${why} would call for firmer wording, but consumer clients keep the step's compliant wording`);
    if (base === "final") return kept(`${why}; the step is already final`);
    const tone = firmer(base);
    if (tone === "final")
      return kept(`${why} would call for firmer wording, but a final tone comes only with a final step`);
    return { tone, base, change: "firmer", reason: `${from} One step firmer, ${tone}: ${why}.`, note: NOTES.firmer };
  }
  return kept(`${scoreWords(score)}${relation}: no reason to change it`);
}

function relationshipWords(r: RelationshipSignal): string {
  return [
    `a client for ${plural(Math.floor(r.tenureDays / 365), "year")}`,
    `${r.settledOnTime} of ${plural(r.settledInvoices, "invoice")} paid on time`,
    r.lateLastYear ? `${r.lateLastYear} paid late in the past year` : "none paid late in the past year",
    r.brokenPromises ? plural(r.brokenPromises, "broken promise") : "no broken promise",
  ].join(", ");
}

/** The decision once the template is known: a template without the decided tone uses its nearest. */
export function withTemplateTone(decision: ToneDecision, templateTone: Tone, templateName: string): ToneDecision {
  if (templateTone === decision.tone) return decision;
  return {
    ...decision,
    tone: templateTone,
    reason: `${decision.reason} The ${templateName} has no ${decision.tone} wording: ${templateTone}.`,
  };
}
