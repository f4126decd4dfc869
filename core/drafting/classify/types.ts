/** What a client's reply means, as the classifier reports it. */
import type { IsoDate } from "../../domain/types";

export const MESSAGE_KINDS = [
  "promise",
  "dispute",
  "hardship",
  "paid",
  "remittance",
  "wrong-contact",
  "out-of-office",
  "question",
  "other",
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export type DisputeCategory = "fees" | "duplicate" | "not-received" | "not-authorized" | "ebilling" | "other";

export interface Classification {
  kind: MessageKind;
  /** 0-1: how sure the reading is; below 0.6 a person should look. */
  confidence: number;
  /** The sentence of the email the reading rests on, quoted as written (after neutralization). */
  evidence: string;
  language: string;
  source: "rules" | "llm";
  /** The model that read the email, when one did. */
  modelVersion?: string;
  /** Every figure below is read from the text; `amountText` and `dateText` quote where. */
  promise?: { amountMinor?: number; amount?: string; currency?: string; date?: IsoDate; dateText?: string };
  dispute?: { reason: string; category: DisputeCategory };
  remittance?: { amountMinor?: number; amount?: string; currency?: string; invoiceNumbers: string[] };
  paid?: { amountMinor?: number; amount?: string; date?: IsoDate; dateText?: string };
  /** How the inbound text was neutralized (hidden text removed, look-alike digits…). */
  flags: string[];
  warnings: string[];
}
