/** A payment plan: the client pays what it owes in installments, approved under the authority matrix. */
import type { IsoDate, IsoInstant } from "../../domain/types";

export interface Installment {
  seq: number;
  dueDate: IsoDate;
  amountMinor: number;
}

export type InstallmentState = "paid" | "partial" | "due" | "missed";

export interface InstallmentProgress extends Installment {
  paidMinor: number;
  state: InstallmentState;
}

export interface PlanProgress {
  asOf: IsoDate;
  paidMinor: number;
  /** Running balance: what is still owed under the plan. */
  balanceMinor: number;
  missedCount: number;
  installments: InstallmentProgress[];
}

export type PlanStatus = "proposed" | "active" | "completed" | "defaulted" | "rejected" | "cancelled";

export interface PlanDecision {
  approved: boolean;
  decidedBy: string;
  decidedByName: string;
  decidedAt: IsoInstant;
  note?: string;
  /** The terms as proposed, when the approver changed them before approving. */
  proposed?: { totalMinor: number; installments: Installment[] };
}

export interface PaymentPlan {
  id: string;
  clientId: string;
  invoiceIds: string[];
  currency: string;
  totalMinor: number;
  installments: Installment[];
  status: PlanStatus;
  /** Payments received from this day on count toward the plan. */
  countFrom: IsoDate;
  proposedBy: string;
  proposedAt: IsoInstant;
  /** Who must approve: the billing partner, a manager, or `committee` above everyone's limit. */
  routedTo: string;
  approvalLevel: "partner" | "manager" | "committee";
  decision?: PlanDecision;
  progress?: PlanProgress;
  escalationId?: string;
  note?: string;
}
