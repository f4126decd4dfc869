/**
 * Why an invoice's reminders are paused today. A dispute stops dunning on the disputed invoice (or
 * the whole client when it names no invoice); an active payment plan on its invoices; a hold, an
 * open promise to pay, an unhandled client reply or a person's manual pause on the whole client.
 * Each pause ends by itself (hold date, promise date + grace, plan ended, dispute resolved, reply
 * handled), and the sequence resumes by policy.
 */
import type { Dispute, Hold, PromiseToPay } from "../../actions/documents";
import { addDays } from "../../domain/dates";
import type { Invoice, IsoDate } from "../../domain/types";
import type { SequenceState } from "../documents";
import type { PaymentPlan } from "../plans/plan-types";

export type PauseReason = "dispute" | "payment-plan" | "hold" | "promise" | "client-reply" | "manual";

export interface ClientPauses {
  disputedAll: boolean;
  disputed: Set<string>;
  planned: Set<string>;
  holdUntil?: IsoDate;
  promiseAll: boolean;
  promised: Set<string>;
  reply: boolean;
  manual: boolean;
}

export interface PauseSources {
  disputes: Dispute[];
  plans: PaymentPlan[];
  holds: Hold[];
  promises: PromiseToPay[];
  states: SequenceState[];
  /** Clients whose latest inbound email has not been handled by a person. */
  unhandledReplies: Set<string>;
}

const empty = (): ClientPauses => ({
  disputedAll: false,
  disputed: new Set(),
  planned: new Set(),
  promiseAll: false,
  promised: new Set(),
  reply: false,
  manual: false,
});

export function buildPauseIndex(
  sources: PauseSources,
  asOf: IsoDate,
  promiseGraceDays: number,
): Map<string, ClientPauses> {
  const index = new Map<string, ClientPauses>();
  const of = (clientId: string) => {
    const found = index.get(clientId);
    if (found) return found;
    const made = empty();
    index.set(clientId, made);
    return made;
  };
  for (const d of sources.disputes) {
    if (d.status !== "open") continue;
    if (d.invoiceIds.length === 0) of(d.clientId).disputedAll = true;
    for (const id of d.invoiceIds) of(d.clientId).disputed.add(id);
  }
  for (const plan of sources.plans)
    if (plan.status === "active") for (const id of plan.invoiceIds) of(plan.clientId).planned.add(id);
  for (const h of sources.holds) {
    if (h.status !== "active" || h.until <= asOf) continue;
    const p = of(h.clientId);
    if (!p.holdUntil || h.until > p.holdUntil) p.holdUntil = h.until;
  }
  for (const pr of sources.promises) {
    if (pr.status !== "open" || addDays(pr.promisedDate, promiseGraceDays) < asOf) continue;
    if (pr.invoiceIds.length === 0) of(pr.clientId).promiseAll = true;
    for (const id of pr.invoiceIds) of(pr.clientId).promised.add(id);
  }
  for (const s of sources.states)
    if (s.paused && (s.paused.until === undefined || s.paused.until > asOf)) of(s.clientId).manual = true;
  for (const clientId of sources.unhandledReplies) of(clientId).reply = true;
  return index;
}

/** The first reason that pauses this invoice today, most specific first; `undefined` = reminders run. */
export function pauseReason(
  invoice: Pick<Invoice, "id" | "disputed">,
  pauses: ClientPauses | undefined,
): PauseReason | undefined {
  if (invoice.disputed) return "dispute";
  if (!pauses) return undefined;
  if (pauses.disputedAll || pauses.disputed.has(invoice.id)) return "dispute";
  if (pauses.planned.has(invoice.id)) return "payment-plan";
  if (pauses.holdUntil) return "hold";
  if (pauses.promiseAll || pauses.promised.has(invoice.id)) return "promise";
  if (pauses.reply) return "client-reply";
  if (pauses.manual) return "manual";
  return undefined;
}
