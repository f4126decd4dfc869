/**
 * How the engine gets a draft's wording. The composition root wires the drafting module's
 * `createDraft` (templates, optionally an LLM, compliance lint); `basicRenderer` is the built-in
 * fallback. The engine passes what it already loaded as `context` so a renderer need not re-read it.
 */
import type { Client, Invoice, IsoDate, IsoInstant, Tenant } from "../../domain/types";
import type { DraftRequest, LetterLayout, Tone } from "../../drafting/types";
import type { Result } from "../../errors/codes";

export interface RenderedDraft {
  subject: string;
  html: string;
  text: string;
  warnings: { message: string }[];
  templateId: string;
  source: string;
  /** A letter's date line, address block and paragraphs/tables, for printing it as PDF. */
  letter?: LetterLayout;
  /** The tone the wording used when the drafting module moved the step's (by score and relationship), and why. */
  tone?: Tone;
  toneReason?: string;
}

export interface RenderContext {
  asOf: IsoDate;
  /** The run's instant (the recipient's local hour for quiet-hours wording). */
  now: IsoInstant;
  tenant: Tenant;
  client: Client;
  invoices: Invoice[];
}

export type RenderDraft = (request: DraftRequest, context: RenderContext) => Promise<Result<RenderedDraft>>;
