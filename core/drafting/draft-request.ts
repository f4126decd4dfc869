/** Validation of a draft request arriving from outside (HTTP body, workflow step). */
import type { Channel } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import {
  CHANNELS,
  DRAFT_PURPOSES,
  type DraftPurpose,
  type DraftRequest,
  type InboundMessage,
  REPLY_KINDS,
  type ReplyKind,
  type Tone,
  TONES,
} from "./types";

const MAX_FIELD = 100_000;

function str(v: unknown, max = 200): v is string {
  return typeof v === "string" && v.length <= max;
}

export function readInbound(value: unknown, problems: string[]): InboundMessage | undefined {
  if (value === undefined) return undefined;
  const v = value as Partial<Record<keyof InboundMessage, unknown>>;
  if (
    typeof value !== "object" ||
    value === null ||
    !str(v.from, 320) ||
    !str(v.subject, 1000) ||
    !str(v.body, MAX_FIELD)
  ) {
    problems.push("inbound must be {from, subject, body} strings");
    return undefined;
  }
  return { from: v.from, subject: v.subject, body: v.body };
}

/**
 * Reads `{purpose, channel, language?, stepId?, tone?, replyKind?, invoiceIds?, inbound?}` for a
 * client. A `tone` with a `stepId` is the step's configured tone (the tone rule may adjust it); a
 * `tone` alone is the reviewer's choice and is kept.
 */
export function readDraftRequest(clientId: string, body: unknown): Result<DraftRequest> {
  if (typeof body !== "object" || body === null) return fail("VALIDATION", "the body must be a JSON object");
  const b = body as Record<string, unknown>;
  const problems: string[] = [];
  if (!DRAFT_PURPOSES.includes(b.purpose as DraftPurpose))
    problems.push(`purpose must be one of ${DRAFT_PURPOSES.join(", ")}`);
  if (!CHANNELS.includes(b.channel as Channel)) problems.push(`channel must be one of ${CHANNELS.join(", ")}`);
  if (b.language !== undefined && !str(b.language, 35)) problems.push("language must be a language tag");
  if (b.stepId !== undefined && !str(b.stepId, 100)) problems.push("stepId must be a string");
  if (b.tone !== undefined && !TONES.includes(b.tone as Tone)) problems.push(`tone must be one of ${TONES.join(", ")}`);
  if (b.replyKind !== undefined && !REPLY_KINDS.includes(b.replyKind as ReplyKind))
    problems.push(`replyKind must be one of ${REPLY_KINDS.join(", ")}`);
  else if (b.replyKind !== undefined && b.purpose !== "reply") problems.push("replyKind is for replies only");
  const ids = b.invoiceIds;
  if (ids !== undefined && !(Array.isArray(ids) && ids.length <= 500 && ids.every((i) => str(i)))) {
    problems.push("invoiceIds must be an array of strings");
  }
  const hour = b.recipientLocalHour;
  if (hour !== undefined && !(Number.isInteger(hour) && (hour as number) >= 0 && (hour as number) <= 23)) {
    problems.push("recipientLocalHour must be an hour 0-23");
  }
  const inbound = readInbound(b.inbound, problems);
  if (!clientId) problems.push("clientId is required");
  if (problems.length) return fail("VALIDATION", problems.join("; "), problems);
  const request: DraftRequest = { clientId, purpose: b.purpose as DraftPurpose, channel: b.channel as Channel };
  if (typeof b.language === "string") request.language = b.language;
  if (typeof b.stepId === "string") request.stepId = b.stepId;
  if (b.tone !== undefined) request.tone = b.tone as Tone;
  if (b.replyKind !== undefined) request.replyKind = b.replyKind as ReplyKind;
  if (ids !== undefined) request.invoiceIds = ids as string[];
  if (hour !== undefined) request.recipientLocalHour = hour as number;
  if (inbound) request.inbound = inbound;
  return ok(request);
}
