/**
 * The `Idempotency-Key` request header at the HTTP edge (core/idempotency/idempotency.ts holds the
 * rules). `defineRoute` opens a gate for every state-changing POST: without the header the route runs
 * as it always did; with it, the first request claims the key in the firm's document store and runs,
 * and its response (problems too, 5xx excepted: those release the key so a retry can try again) is
 * kept for 24 hours and replayed to a retry. Neither request nor response bodies are logged.
 */
import { fail } from "../core/errors/codes";
import {
  completedRecord,
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_KIND,
  type IdempotencyRecord,
  judgeRequest,
  parseIdempotencyKey,
  REPLAYED_HEADER,
  requestFingerprint,
  runningRecord,
  type StoredResponse,
  scopeId,
  storedResponse,
} from "../core/idempotency/idempotency";
import type { Principal } from "../core/ports/principal";
import type { StoredDocument, TenantStore } from "../core/ports/store.port";
import type { HttpRequest, HttpResponseInit } from "./azure";
import { problem } from "./problem";

export type IdempotencyGate =
  /** No key: the route runs as it always did. */
  | { kind: "none" }
  /** Answered without running the handler: a replay, a refusal or an invalid key. */
  | { kind: "answer"; response: HttpResponseInit; outcome: "replayed" | "reused" | "in-progress" | "invalid" }
  /** This request holds the key: run the handler, then `finish` (or `release` when it threw). */
  | {
      kind: "claimed";
      finish(response: HttpResponseInit): Promise<HttpResponseInit>;
      release(): Promise<void>;
    };

export interface GateInput {
  request: HttpRequest;
  store: TenantStore;
  principal: Principal;
  /** The route template the key is scoped to. */
  route: string;
  now: Date;
}

/** Claims or judges the request's key; reads the body through a clone so the handler still can. */
export async function openIdempotencyGate(input: GateInput): Promise<IdempotencyGate> {
  const { request, store, principal } = input;
  const url = new URL(request.url);
  const key = parseIdempotencyKey(request.headers.get(IDEMPOTENCY_HEADER));
  if (!key.ok) return { kind: "answer", response: problem(key, url.pathname), outcome: "invalid" };
  if (key.value === undefined) return { kind: "none" };

  const method = request.method.toUpperCase();
  const id = await scopeId({
    tenantId: principal.tenantId,
    userId: principal.userId,
    method,
    route: input.route,
    key: key.value,
  });
  const fingerprint = await requestFingerprint({
    method,
    path: url.pathname,
    query: url.searchParams,
    body: await request.clone().text(),
  });
  const docs = store.documents;
  const actor = { actorId: principal.userId };

  // A claim that loses a race (a duplicate created, replaced or released the record in between)
  // reads the record again and is judged against it; a few rounds settle any interleaving.
  let existing: StoredDocument<IdempotencyRecord> | undefined;
  for (let round = 0; round < 4; round++) {
    const verdict = judgeRequest(existing?.body, fingerprint, input.now);
    if (verdict.kind === "claim") {
      const claim = runningRecord(fingerprint, input.now);
      const written = existing
        ? await docs.replace(IDEMPOTENCY_KIND, id, claim, { ...actor, ifMatch: existing.etag })
        : await docs.create(IDEMPOTENCY_KIND, id, claim, actor);
      if (written.ok) return claimed(store, id, written.value, actor);
      existing = await docs.get<IdempotencyRecord>(IDEMPOTENCY_KIND, id);
      continue;
    }
    if (verdict.kind === "replay") return { kind: "answer", response: replay(verdict.response), outcome: "replayed" };
    if (verdict.kind === "reused") {
      const reused = fail(
        "IDEMPOTENCY_KEY_REUSED",
        `this ${IDEMPOTENCY_HEADER} was used for a different request; send a new key for a new request`,
      );
      return { kind: "answer", response: problem(reused, url.pathname), outcome: "reused" };
    }
    return { kind: "answer", response: inProgress(url.pathname, verdict.retryAfterSeconds), outcome: "in-progress" };
  }
  return { kind: "answer", response: inProgress(url.pathname, 1), outcome: "in-progress" };
}

function inProgress(instance: string, retryAfterSeconds: number): HttpResponseInit {
  const response = problem(
    fail("IDEMPOTENCY_IN_PROGRESS", `the first request with this ${IDEMPOTENCY_HEADER} has not finished yet`),
    instance,
  );
  return { ...response, headers: { ...headerRecord(response), "retry-after": String(retryAfterSeconds) } };
}

function claimed(
  store: TenantStore,
  id: string,
  claim: StoredDocument<IdempotencyRecord>,
  actor: { actorId: string },
): IdempotencyGate {
  const docs = store.documents;
  const release = async () => {
    // Only our own claim is released (not one a retry took over after the lease ran out).
    const current = await docs.get<IdempotencyRecord>(IDEMPOTENCY_KIND, id);
    if (current?.etag === claim.etag) await docs.delete(IDEMPOTENCY_KIND, id);
  };
  return {
    kind: "claimed",
    release,
    async finish(response) {
      const status = response.status ?? 200;
      if (status >= 500) {
        await release();
        return response;
      }
      const done = completedRecord(claim.body, toStoredResponse(response));
      // The handler has acted: its answer goes back even if keeping it fails (the claim then runs
      // out its lease and counts as abandoned).
      await docs.replace(IDEMPOTENCY_KIND, id, done, { ...actor, ifMatch: claim.etag }).catch(() => undefined);
      return response;
    },
  };
}

function headerRecord(response: HttpResponseInit): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(response.headers as HeadersInit | undefined).forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/** The response as it is kept: status, the describing headers, and the body text when small. */
export function toStoredResponse(response: HttpResponseInit): StoredResponse {
  const status = response.status ?? 200;
  const headers = headerRecord(response);
  if (response.jsonBody !== undefined && response.jsonBody !== null) {
    headers["content-type"] ??= "application/json";
    return storedResponse(status, headers, JSON.stringify(response.jsonBody));
  }
  const body = response.body;
  if (body === undefined || body === null) return storedResponse(status, headers, undefined);
  return storedResponse(status, headers, typeof body === "string" ? body : null);
}

export function replay(stored: StoredResponse): HttpResponseInit {
  return {
    status: stored.status,
    headers: { ...stored.headers, [REPLAYED_HEADER.toLowerCase()]: "true" },
    ...(stored.body === undefined ? {} : { body: stored.body }),
  };
}
