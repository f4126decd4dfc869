/**
 * Workflow documents kept beside the ledger (in the DocumentStore, in the client's partition).
 * The specialist's task pane, the partner's Teams card and the workflow engine all read and write
 * these same shapes through the use cases in this folder.
 */
import type { IsoDate, IsoInstant } from "../domain/types";

export const DOC = {
  promise: "promise",
  dispute: "dispute",
  hold: "hold",
  escalation: "escalation",
} as const;

export interface PromiseToPay {
  id: string;
  clientId: string;
  invoiceIds: string[];
  amountMinor: number;
  currency: string;
  promisedDate: IsoDate;
  /** `kept` / `broken` are decided from payments by the workflow engine. */
  status: "open" | "kept" | "broken" | "cancelled";
  sourceInteractionId?: string;
  note?: string;
  recordedBy: string;
  recordedAt: IsoInstant;
  resolvedAt?: IsoInstant;
}

export const DISPUTE_REASONS = [
  "fee-dispute",
  "work-quality",
  "ebilling-rejection",
  "not-received",
  "wrong-entity",
  "other",
] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

export interface Dispute {
  id: string;
  clientId: string;
  invoiceIds: string[];
  reasonCode: DisputeReason;
  note?: string;
  status: "open" | "resolved";
  raisedBy: string;
  raisedAt: IsoInstant;
  /** The billing partner the dispute is routed to. */
  routedTo?: string;
  resolvedAt?: IsoInstant;
  resolution?: string;
}

export interface Hold {
  id: string;
  clientId: string;
  until: IsoDate;
  reason: string;
  status: "active" | "released";
  placedBy: string;
  placedAt: IsoInstant;
}

export const ESCALATION_OPTIONS = [
  "partner-call",
  "partner-letter",
  "committee",
  "suspend-work",
  "payment-plan",
  "hold",
  "write-off",
] as const;
export type EscalationOption = (typeof ESCALATION_OPTIONS)[number];

export interface EscalationEvidence {
  totalOutstandingMinor: number;
  currency: string;
  aging: Record<string, number>;
  openInvoiceCount: number;
  oldestDaysPastDue: number;
  openPromises: number;
  brokenPromises: number;
  openDisputes: number;
  touches: number;
  collectorNote: string;
}

export interface EscalationDecision {
  option: EscalationOption | "reassign" | "decline";
  decidedBy: string;
  decidedByName: string;
  decidedAt: IsoInstant;
  details?: Record<string, unknown>;
}

export interface Escalation {
  id: string;
  clientId: string;
  reason: string;
  requestedOption?: EscalationOption;
  status: "pending" | "decided" | "cancelled";
  requestedBy: string;
  requestedAt: IsoInstant;
  /** Who must decide: the client's billing partner, or higher when above authority. */
  routedTo: string;
  source: "specialist" | "workflow" | "model";
  evidence: EscalationEvidence;
  decision?: EscalationDecision;
  /** An option chosen by someone whose authority did not cover its amount, waiting for the person it was routed up to. */
  proposal?: {
    option: EscalationOption;
    details?: Record<string, unknown>;
    amountMinor: number;
    proposedBy: string;
    proposedAt: IsoInstant;
  };
}

/** The ids, clock and "today" an action needs, passed in from the edge. */
export interface ActionDeps {
  asOf: IsoDate;
  now: IsoInstant;
  newId: () => string;
}
