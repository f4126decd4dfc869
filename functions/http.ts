/**
 * Thin HTTP controllers: `defineRoute` registers a real `app.http` trigger whose handler validates
 * the token, resolves the principal and its firm's store, checks the role, and maps a use case's
 * `Result` to JSON or problem+json. Handlers hold no business rule. Every POST also honours an
 * `Idempotency-Key` here (functions/idempotency.ts), so a retried POST never acts twice.
 */
import type { IsoDate, Role } from "../core/domain/types";
import { isIsoDate } from "../core/domain/dates";
import { fail, type Failure, ok, type Result } from "../core/errors/codes";
import { hasRole, type Principal } from "../core/ports/principal";
import type { TenantStore } from "../core/ports/store.port";
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from "./azure";
import { type AppDeps, getDeps } from "./compose";
import { IDEMPOTENCY_HEADER, parseIdempotencyKey } from "../core/idempotency/idempotency";
import { openIdempotencyGate } from "./idempotency";
import { problem, unexpected } from "./problem";

const ROLES: Role[] = ["specialist", "partner", "manager", "admin"];

export interface RouteContext {
  request: HttpRequest;
  deps: AppDeps;
  principal: Principal;
  store: TenantStore;
  params: Record<string, string>;
  query: URLSearchParams;
  invocation: InvocationContext;
}

export type RouteResult = Result<unknown> | HttpResponseInit;

export interface RouteOptions {
  route: string;
  methods: ("GET" | "POST" | "PUT" | "PATCH" | "DELETE")[];
  /** Roles allowed; default any signed-in role. */
  roles?: Role[];
  /** 201 for creations. */
  successStatus?: number;
  /**
   * A POST that changes nothing (reading an email, previewing, a dry run): its `Idempotency-Key` is
   * validated and otherwise ignored, and no answer is kept. Every other POST honours the key.
   */
  safe?: boolean;
}

/** Resolves the signed-in person: the firm's user record decides roles; token app roles are a fallback. */
export async function resolvePrincipal(deps: AppDeps, authorization: string | undefined): Promise<Result<Principal>> {
  const verified = await deps.validateToken(authorization);
  if (!verified.ok) return verified;
  const claims = verified.value;
  const store = deps.store.forTenant(claims.tenantId);
  const user = await store.findUserByEmail(claims.email);
  const roles = user?.roles ?? claims.roles.filter((r): r is Role => (ROLES as string[]).includes(r));
  if (roles.length === 0) return fail("FORBIDDEN", "no Nudge role is assigned to this account");
  return ok({
    tenantId: claims.tenantId,
    userId: user?.id ?? claims.objectId,
    email: claims.email,
    name: user?.displayName ?? claims.name,
    roles,
  });
}

function isResult(value: RouteResult): value is Result<unknown> {
  return (
    typeof value === "object" && value !== null && "ok" in value && typeof (value as { ok: unknown }).ok === "boolean"
  );
}

/** POST routes take an `Idempotency-Key` (functions/idempotency.ts); other methods are idempotent or etag-guarded. */
function keysIdempotency(options: RouteOptions, method: string): boolean {
  return method.toUpperCase() === "POST" && options.methods.includes("POST");
}

export function defineRoute(
  name: string,
  options: RouteOptions,
  handler: (ctx: RouteContext) => Promise<RouteResult>,
): void {
  app.http(name, {
    route: options.route,
    methods: options.methods,
    authLevel: "anonymous",
    handler: async (request, invocation) => {
      try {
        const deps = await getDeps();
        const principal = await resolvePrincipal(deps, request.headers.get("authorization") ?? undefined);
        if (!principal.ok) return problem(principal);
        if (options.roles && !hasRole(principal.value, ...options.roles)) {
          return problem(fail("FORBIDDEN", `needs one of the roles: ${options.roles.join(", ")}`));
        }
        const ctx: RouteContext = {
          request,
          deps,
          principal: principal.value,
          store: deps.store.forTenant(principal.value.tenantId),
          params: request.params,
          query: new URL(request.url).searchParams,
          invocation,
        };
        const run = async (): Promise<HttpResponseInit> => {
          const result = await handler(ctx);
          if (!isResult(result)) return result;
          if (!result.ok) return problem(result, new URL(request.url).pathname);
          return { status: options.successStatus ?? 200, jsonBody: result.value };
        };
        if (!keysIdempotency(options, request.method)) return await run();
        if (options.safe) {
          const key = parseIdempotencyKey(request.headers.get(IDEMPOTENCY_HEADER));
          return key.ok ? await run() : problem(key, new URL(request.url).pathname);
        }
        const gate = await openIdempotencyGate({
          request,
          store: ctx.store,
          principal: ctx.principal,
          route: options.route,
          now: deps.now(),
        });
        if (gate.kind === "none") return await run();
        if (gate.kind === "answer") {
          // The outcome and the route only: the key, the caller and the bodies stay out of the log.
          if (gate.outcome !== "invalid") invocation.log(`idempotency-key ${gate.outcome} in ${name}`);
          return gate.response;
        }
        let response: HttpResponseInit;
        try {
          response = await run();
        } catch (error) {
          await gate.release().catch(() => undefined);
          throw error;
        }
        return await gate.finish(response);
      } catch (error) {
        // Only the invocation id and the error's class reach the log: messages may quote client data.
        invocation.error(
          `unhandled ${(error as Error)?.name ?? "error"} in ${name}`,
          (error as Error)?.stack?.split("\n")[1]?.trim(),
        );
        return unexpected(invocation.invocationId);
      }
    },
  });
}

/** `asOf` from the query string, defaulting to today; a malformed date is a 400, never a guess. */
export function asOfParam(ctx: RouteContext, name = "asOf"): Result<IsoDate> {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return ok(ctx.deps.today());
  return isIsoDate(raw) ? ok(raw) : fail("VALIDATION", `${name} must be a date as YYYY-MM-DD`);
}

/** Parses a JSON body; a missing or malformed body is a 400. */
export async function jsonBody(ctx: RouteContext): Promise<Result<unknown>> {
  try {
    const text = await ctx.request.text();
    return ok(text ? JSON.parse(text) : {});
  } catch {
    return fail("VALIDATION", "the request body is not valid JSON");
  }
}

export type { Failure };

/** Ids, clock and today for a use case, read once at the edge. */
export function actionDeps(ctx: RouteContext): { asOf: IsoDate; now: string; newId: () => string } {
  return { asOf: ctx.deps.today(), now: ctx.deps.now().toISOString(), newId: () => globalThis.crypto.randomUUID() };
}

/** Body as a plain object, or a 400. */
export async function objectBody(ctx: RouteContext): Promise<Result<Record<string, unknown>>> {
  const body = await jsonBody(ctx);
  if (!body.ok) return body;
  if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
    return fail("VALIDATION", "the request body must be a JSON object");
  }
  return ok(body.value as Record<string, unknown>);
}
