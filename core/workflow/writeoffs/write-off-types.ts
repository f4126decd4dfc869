/** A request to write off what a client owes, decided under the delegated-authority matrix. */
import type { IsoInstant } from "../../domain/types";
import type { ApprovalLevel } from "../authority/authority";

export interface WriteOffDecision {
  approved: boolean;
  decidedBy: string;
  decidedByName: string;
  decidedAt: IsoInstant;
  asCommittee: boolean;
  note?: string;
}

export interface WriteOffRequest {
  id: string;
  clientId: string;
  invoiceIds: string[];
  amountMinor: number;
  currency: string;
  reason: string;
  status: "pending" | "approved" | "rejected";
  requestedBy: string;
  requestedAt: IsoInstant;
  routedTo: string;
  approvalLevel: ApprovalLevel;
  escalationId?: string;
  decision?: WriteOffDecision;
  /** What was credited to each invoice when approved (oldest first). */
  credits?: { invoiceId: string; amountMinor: number }[];
}
