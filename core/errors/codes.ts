/**
 * The one catalog of expected outcomes. Use cases return `Result` values with these codes; each host
 * (HTTP, bot card, task pane) maps a code to its own shape in one error boundary. Bugs throw instead.
 */
export const ErrorCodes = {
  VALIDATION: { status: 400, title: "The request is not valid" },
  AUTH_MISSING: { status: 401, title: "Sign-in required" },
  AUTH_INVALID: { status: 401, title: "The access token is not valid" },
  FORBIDDEN: { status: 403, title: "You may not do this" },
  NOT_FOUND: { status: 404, title: "Not found" },
  CONFLICT: { status: 409, title: "It already exists" },
  PRECONDITION_FAILED: { status: 412, title: "Someone else changed it first" },
  ALREADY_DECIDED: { status: 409, title: "It was already decided" },
  OVER_AUTHORITY: { status: 403, title: "Above your approval authority" },
  IMPORT_INVALID: { status: 422, title: "The file has invalid rows" },
  IMPORT_AMBIGUOUS: { status: 422, title: "The file is ambiguous" },
  SEQUENCE_PAUSED: { status: 409, title: "The follow-up sequence is paused" },
  MODEL_MISSING: { status: 404, title: "No model has been trained yet" },
  UNAVAILABLE: { status: 503, title: "A service Nudge depends on is unavailable" },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: "This Idempotency-Key was already used for a different request" },
  IDEMPOTENCY_IN_PROGRESS: { status: 409, title: "The first request with this Idempotency-Key is still running" },
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
  details?: unknown;
}
export interface Success<T> {
  ok: true;
  value: T;
}
export type Result<T> = Success<T> | Failure;

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: unknown): Failure {
  return details === undefined ? { ok: false, code, message } : { ok: false, code, message, details };
}
