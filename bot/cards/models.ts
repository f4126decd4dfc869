/**
 * View models the card builders render. The bot's views fill them from the store; the builders turn
 * them into Adaptive Card JSON and never read anything else, so a card is a pure function of this.
 * Amounts arrive formatted (the views own money formatting through core/money).
 */

export interface AgingLine {
  label: string;
  amount: string;
  /** 0-1 share of the total, for the bar. */
  share: number;
}

export interface ScoreView {
  /** e.g. "38% likely to pay within 30 days". */
  headline: string;
  segment?: string;
  reasons: string[];
}

export interface StatusCardModel {
  clientId: string;
  clientName: string;
  clientUrl: string;
  asOf: string;
  outstanding: string;
  openInvoiceCount: number;
  oldestDaysPastDue: number;
  aging: AgingLine[];
  billingPartner?: string;
  collector?: string;
  /** Null: no model has been trained yet, or it gave no score for this client. */
  score: ScoreView | null;
  openPromises: number;
  openDisputes: number;
  pendingEscalation: boolean;
}

export type EscalationChoice = "partner-call" | "partner-letter" | "committee" | "suspend-work";

export interface PersonChoice {
  id: string;
  name: string;
}

export interface EscalationDecisionView {
  label: string;
  byName: string;
  at: string;
  details: [string, string][];
}

/** What the viewer may do with the card. */
export type EscalationViewer = { mode: "decide" } | { mode: "read-only"; whoCan: string };

export interface EscalationCardModel {
  escalationId: string;
  clientId: string;
  clientName: string;
  clientUrl: string;
  matters: string[];
  outstanding: string;
  currency: string;
  openInvoiceCount: number;
  oldestDaysPastDue: number;
  aging: AgingLine[];
  score: ScoreView | null;
  history: { at: string; text: string }[];
  promises: { open: number; broken: number; lines: string[] };
  disputes: { open: number; lines: string[] };
  collectorNote: string;
  requestedByName: string;
  requestedAt: string;
  recommended: string;
  recommendedChoice?: EscalationChoice;
  routedToName: string;
  /** An option someone chose above their authority, now waiting for the viewer's level. */
  proposal?: string;
  status: "pending" | "decided" | "cancelled";
  decision?: EscalationDecisionView;
  viewer: EscalationViewer;
  /** One-line outcome of the viewer's last action ("Sent to Dana Whitfield: above your authority"). */
  notice?: string;
  refreshUserIds: string[];
  defaults: { planAmount: string; writeOffAmount: string; firstDate: string; holdUntil: string };
  reassignTo: PersonChoice[];
}

export type RequestKind = "plan" | "write-off";

/**
 * A payment plan or write-off proposed outside an escalation, waiting for (or carrying) the decision
 * of the person the authority matrix routed it to. Evidence is the client's standing now.
 */
export interface RequestCardModel {
  kind: RequestKind;
  id: string;
  clientId: string;
  clientName: string;
  clientUrl: string;
  /** The plan's total or the amount to write off. */
  amount: string;
  currency: string;
  outstanding: string;
  openInvoiceCount: number;
  oldestDaysPastDue: number;
  aging: AgingLine[];
  score: ScoreView | null;
  history: { at: string; text: string }[];
  promises: { open: number; broken: number };
  disputes: { open: number };
  /** Payment plans: the schedule as it stands (the approved one once approved with changes). */
  installments: { seq: number; dueDate: string; amount: string }[];
  /** The invoices it covers, oldest first (at most a few, then `moreInvoices`); `amount` says owed or credited. */
  invoices: { number: string; dueDate: string; amount: string }[];
  moreInvoices: number;
  /** The specialist's note (plan) or the reason (write-off). */
  note?: string;
  requestedByName: string;
  requestedAt: string;
  routedToName: string;
  status: "pending" | "approved" | "rejected" | "withdrawn";
  decision?: { label: string; byName: string; at: string; details: [string, string][] };
  viewer: EscalationViewer;
  notice?: string;
  refreshUserIds: string[];
  /** Starting values of the plan's modify form. */
  defaults: { installments: number; startDate: string; amount: string };
}

export interface ApprovalsCardModel {
  userName: string;
  items: { escalationId: string; clientName: string; outstanding: string; reason: string; requestedAt: string }[];
  /** Payment plans and write-offs proposed outside an escalation (e.g. from the task pane). */
  requests: {
    kind: "plan" | "write-off";
    id: string;
    clientName: string;
    amount: string;
    detail: string;
    requestedAt: string;
  }[];
  notice?: string;
}

export interface DigestBucketLine {
  label: string;
  now: string;
  before: string;
  change: string;
  share: number;
}

export interface BaselineSide {
  from: string;
  to: string;
  invoices: number;
  daysToPay: number | null;
  /** Time per collection cycle: days from overdue to paid, over invoices paid late. */
  cycleDays: number | null;
  touchesPerCycle: number | null;
}

export interface DigestCardModel {
  firmName: string;
  weekStart: string;
  weekEnd: string;
  totalAr: string;
  totalArChange: string;
  buckets: DigestBucketLine[];
  dsoDays: number | null;
  dsoChange: number | null;
  ceiPercent: number | null;
  atRisk: { clientName: string; url: string; balance: string; reason: string }[];
  atRiskSource: "model" | "largest-over-90";
  escalations: { pending: number; decided: number };
  promises: { due: number; kept: number; broken: number };
  collectors: { name: string; touches: number; accounts: number }[];
  writeOffs: { count: number; amount: string };
  baseline: null | { since: string; before: BaselineSide; after: BaselineSide };
  dashboardUrl: string;
}
