/**
 * Retries of a state-changing request never act twice (the `Idempotency-Key` request header,
 * draft-ietf-httpapi-idempotency-key-header). The first request with a key claims it: one document,
 * created with CONFLICT-on-existing-id so concurrent duplicates resolve once, holding a fingerprint
 * of the request (never the request itself) and, once the handler finished, its response. A later
 * request with the same key replays that response; with another request it is refused; while the
 * first still runs it is asked to come back. Pure: the caller passes the instant, the store lives at
 * the edge (functions/idempotency.ts).
 */
import { fail, ok, type Result } from "../errors/codes";

/** The document kind of a claimed key. */
export const IDEMPOTENCY_KIND = "idempotency-key";
export const IDEMPOTENCY_HEADER = "Idempotency-Key";
/** Set on a response that is a stored answer to an earlier request with the same key. */
export const REPLAYED_HEADER = "Idempotent-Replayed";
export const MAX_KEY_LENGTH = 255;
/** How long a key is remembered. Stores need not expire documents: an expired record counts as absent. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/**
 * How long a claim may stay "running" before it is taken for abandoned (its process died): longer
 * than the Functions timeout (host.json `functionTimeout`, 10 minutes), so a slow first request is
 * never run a second time beside itself.
 */
export const RUNNING_LEASE_MS = 11 * 60 * 1000;
/** Seconds a client is told to wait when the first request is still running. */
export const IN_PROGRESS_RETRY_AFTER_S = 2;
/** Larger response bodies are not kept: the record then holds the status only. */
export const MAX_STORED_BODY_CHARS = 64 * 1024;

/** What is replayed: status, the few headers that describe the body, the body as sent. */
export interface StoredResponse {
  status: number;
  /** Lower-case names; only content-type, content-language and location are kept. */
  headers: Record<string, string>;
  /** The body text as sent (JSON is stored as its text); absent for an empty body. */
  body?: string;
  /** The body was larger than `MAX_STORED_BODY_CHARS` (or not text) and is not kept. */
  bodyOmitted?: true;
}

export interface IdempotencyRecord {
  state: "running" | "done";
  /** SHA-256 of the method, path, query and body of the first request. */
  fingerprint: string;
  claimedAt: string;
  /** A running claim older than this is abandoned. */
  leaseUntil: string;
  /** After this instant the record counts as absent. */
  expiresAt: string;
  response?: StoredResponse;
}

export const KEPT_RESPONSE_HEADERS = ["content-type", "content-language", "location"] as const;

/**
 * The header's value: an RFC 8941 sf-string (`"…"`, as the draft writes it) or, as many clients send
 * it, the bare text. Absent → undefined; present, it must be 1–255 printable ASCII characters.
 */
export function parseIdempotencyKey(raw: string | null | undefined): Result<string | undefined> {
  if (raw === null || raw === undefined) return ok(undefined);
  const trimmed = raw.trim();
  const key = trimmed.startsWith('"') ? unquote(trimmed) : trimmed;
  if (key === undefined) return fail("VALIDATION", `${IDEMPOTENCY_HEADER} is not a valid quoted string`);
  if (key.length === 0) return fail("VALIDATION", `${IDEMPOTENCY_HEADER} must not be empty`);
  if (key.length > MAX_KEY_LENGTH) {
    return fail("VALIDATION", `${IDEMPOTENCY_HEADER} must be at most ${MAX_KEY_LENGTH} characters`);
  }
  if (!/^[\x20-\x7e]+$/.test(key)) {
    return fail("VALIDATION", `${IDEMPOTENCY_HEADER} must be printable ASCII characters`);
  }
  return ok(key);
}

/** An RFC 8941 sf-string: `"` … `"` with `\"` and `\\` escapes and nothing after the closing quote. */
function unquote(text: string): string | undefined {
  let out = "";
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\") {
      const next = text[++i];
      if (next !== '"' && next !== "\\") return undefined;
      out += next;
    } else if (c === '"') {
      return i === text.length - 1 ? out : undefined;
    } else {
      out += c;
    }
  }
  return undefined;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

export interface KeyScope {
  tenantId: string;
  /** The caller: the same key from another person is another key. */
  userId: string;
  method: string;
  /** The route template (`clients/{clientId}/promises`), not the path. */
  route: string;
  key: string;
}

/** The record's id: a hash, so neither the key nor the caller appear in ids or logs. */
export function scopeId(scope: KeyScope): Promise<string> {
  return sha256Hex(JSON.stringify([scope.tenantId, scope.userId, scope.method.toUpperCase(), scope.route, scope.key]));
}

/**
 * What makes two requests "the same": method, concrete path (the client in it), query and body
 * bytes. The same key on another client's route is a different request, not a replay.
 */
export function requestFingerprint(request: {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}): Promise<string> {
  const query = [...request.query].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return sha256Hex(JSON.stringify([request.method.toUpperCase(), request.path, query, request.body]));
}

export function runningRecord(fingerprint: string, now: Date): IdempotencyRecord {
  const at = now.getTime();
  return {
    state: "running",
    fingerprint,
    claimedAt: now.toISOString(),
    leaseUntil: new Date(at + RUNNING_LEASE_MS).toISOString(),
    expiresAt: new Date(at + KEY_LIFETIME_MS).toISOString(),
  };
}

export function completedRecord(claim: IdempotencyRecord, response: StoredResponse): IdempotencyRecord {
  return { ...claim, state: "done", response };
}

export type RetryVerdict =
  /** No live record: claim the key (create, or replace an expired / abandoned record). */
  | { kind: "claim" }
  | { kind: "replay"; response: StoredResponse }
  /** The key was used for a different request. */
  | { kind: "reused" }
  | { kind: "in-progress"; retryAfterSeconds: number };

/** How a request with a key meets the record already stored under it (if any). */
export function judgeRequest(record: IdempotencyRecord | undefined, fingerprint: string, now: Date): RetryVerdict {
  if (!record) return { kind: "claim" };
  const at = now.getTime();
  if (!(Date.parse(record.expiresAt) > at)) return { kind: "claim" };
  if (record.fingerprint !== fingerprint) return { kind: "reused" };
  if (record.state === "done" && record.response) return { kind: "replay", response: record.response };
  if (!(Date.parse(record.leaseUntil) > at)) return { kind: "claim" };
  return { kind: "in-progress", retryAfterSeconds: IN_PROGRESS_RETRY_AFTER_S };
}

/** Keeps a response small: the describing headers, and the body only up to the size limit. */
export function storedResponse(
  status: number,
  headers: Record<string, string>,
  body: string | undefined | null,
): StoredResponse {
  const kept: Record<string, string> = {};
  for (const name of KEPT_RESPONSE_HEADERS) if (headers[name] !== undefined) kept[name] = headers[name];
  if (body === undefined || body === "") return { status, headers: kept };
  if (body === null || body.length > MAX_STORED_BODY_CHARS) return { status, headers: kept, bodyOmitted: true };
  return { status, headers: kept, body };
}
