/**
 * The language-model port. Core only knows this shape; `adapters/llm` implements it with the
 * `openai` package (OpenAI or Azure OpenAI). Implementations must answer within `timeoutMs`
 * (timeouts, rate limits and server errors come back as `UNAVAILABLE` failures, never as throws)
 * so every caller can fall back to templates in bounded time.
 */
import type { Result } from "../errors/codes";

export interface LlmRequest {
  /** Rules the model must follow; never contains client data. */
  system: string;
  /** The task with its data; untrusted text inside it is delimited and labelled. */
  user: string;
  schemaName: string;
  /** JSON Schema (strict structured output) the answer must match. */
  jsonSchema: Record<string, unknown>;
  timeoutMs: number;
}

export interface LlmCompletion {
  /** The parsed JSON answer: still untrusted, callers validate it. */
  output: unknown;
  /** The model that answered (as reported by the service). */
  model: string;
}

/** Why a call failed, for `warnings` and logs (`details.reason` of an `UNAVAILABLE` failure). */
export type LlmFailureReason = "timeout" | "rate-limited" | "server-error" | "rejected" | "refused" | "invalid-output";

export interface LlmPort {
  /** Configured model or deployment, reported on drafts as `modelVersion`. */
  readonly modelVersion: string;
  complete(request: LlmRequest): Promise<Result<LlmCompletion>>;
}

export function llmFailureReason(details: unknown): LlmFailureReason | "unknown" {
  const reason = (details as { reason?: unknown } | undefined)?.reason;
  const known: LlmFailureReason[] = [
    "timeout",
    "rate-limited",
    "server-error",
    "rejected",
    "refused",
    "invalid-output",
  ];
  return known.includes(reason as LlmFailureReason) ? (reason as LlmFailureReason) : "unknown";
}
