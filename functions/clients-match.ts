import { fail, ok, type Result } from "../core/errors/codes";
import type { Principal } from "../core/ports/principal";
import type { TenantStore } from "../core/ports/store.port";
import { getClientSummary } from "../core/usecases/client-summary";
import { matchClient } from "../core/usecases/match-client";
import type { IsoDate } from "../core/domain/types";
import { asOfParam, defineRoute, objectBody } from "./http";

/** Who is this sender? Contact address, then a linked address, then domain, then invoice numbers quoted in the mail. */
async function answerMatch(
  store: TenantStore,
  principal: Principal,
  input: { email: unknown; subject: unknown; body: unknown },
  asOf: IsoDate,
): Promise<Result<unknown>> {
  const email = typeof input.email === "string" ? input.email.trim() : "";
  if (!email.includes("@")) return fail("VALIDATION", "email must be an email address");
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const match = await matchClient(store, principal, { email, subject: text(input.subject), body: text(input.body) });
  const candidates = [];
  for (const client of match.clients.slice(0, 10)) {
    const summary = await getClientSummary(store, principal, client.id, asOf, 5);
    if (summary.ok) {
      const s = summary.value;
      candidates.push({
        clientId: client.id,
        name: client.name,
        totalOutstandingMinor: s.totalOutstandingMinor,
        totalOutstanding: s.totalOutstanding,
        currency: s.currency,
        aging: s.aging,
      });
    }
  }
  return ok({
    email,
    method: match.method,
    matches: candidates,
    client: candidates.length === 1 ? candidates[0] : null,
  });
}

/** The address in the query: the simple lookup (`?email=`). */
defineRoute("clients-match", { route: "clients/match", methods: ["GET"] }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  const q = ctx.query;
  return answerMatch(
    ctx.store,
    ctx.principal,
    { email: q.get("email"), subject: q.get("subject"), body: q.get("body") },
    asOf.value,
  );
});

/**
 * The same lookup with the email in a JSON body, as the task pane sends it: a client's subject and
 * text in a URL would land in request logs and telemetry, a body does not. It changes nothing.
 */
defineRoute("clients-match-post", { route: "clients/match", methods: ["POST"], safe: true }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return answerMatch(ctx.store, ctx.principal, { email: b.email, subject: b.subject, body: b.body }, asOf.value);
});
