/** A request to write off what a client owes, decided under the delegated-authority matrix. */
import type { IsoInstant } from "../../domain/types";
import type { ApprovalLevel } from "../authority/authority";
import type { ApprovalDecision } from "../decisions/decide-approval";

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
  decision?: ApprovalDecision;
  /** What was credited to each invoice when approved (oldest first). */
  credits?: { invoiceId: string; amountMinor: number }[];
}
