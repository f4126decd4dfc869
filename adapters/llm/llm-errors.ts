/**
 * Maps what the `openai` package throws to the port's failure reasons, and reads how long a
 * rate-limited service asks us to wait (`retry-after-ms`, then `retry-after` in seconds or as a date).
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { LlmFailureReason } from "../../core/drafting/llm.port";

export class DeadlineExceeded extends Error {
  override readonly name = "DeadlineExceeded";
}

export interface CallFailure {
  reason: LlmFailureReason;
  retryable: boolean;
  retryAfterMs?: number;
  status?: number;
}

export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers?.get("retry-after");
  if (!raw) return undefined;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function toCallFailure(error: unknown): CallFailure {
  if (
    error instanceof DeadlineExceeded ||
    error instanceof APIUserAbortError ||
    error instanceof APIConnectionTimeoutError
  ) {
    return { reason: "timeout", retryable: false };
  }
  if (error instanceof APIConnectionError) return { reason: "server-error", retryable: true };
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const wait = retryAfterMs(error.headers);
    const extra = { status, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
    if (status === 429) return { reason: "rate-limited", retryable: true, ...extra };
    if (status >= 500 || status === 408) return { reason: "server-error", retryable: true, ...extra };
    return { reason: "rejected", retryable: false, status };
  }
  return { reason: "invalid-output", retryable: false };
}
