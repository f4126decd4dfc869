import { ok, fail } from "../core/errors/codes";
import { getClientSummary } from "../core/usecases/client-summary";
import { matchClient } from "../core/usecases/match-client";
import { asOfParam, defineRoute } from "./http";

/** Who is this sender? Contact address, then domain, then invoice numbers quoted in the mail. */
defineRoute("clients-match", { route: "clients/match", methods: ["GET"] }, async (ctx) => {
  const email = ctx.query.get("email")?.trim();
  if (!email?.includes("@")) return fail("VALIDATION", "email must be an email address");
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  const match = await matchClient(ctx.store, ctx.principal, {
    email,
    subject: ctx.query.get("subject") ?? "",
    body: ctx.query.get("body") ?? "",
  });
  const candidates = [];
  for (const client of match.clients.slice(0, 10)) {
    const summary = await getClientSummary(ctx.store, ctx.principal, client.id, asOf.value, 5);
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
});
