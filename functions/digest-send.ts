/** POST /api/digest/send: a manager posts the weekly digest to the managers' channel now. */
import { fail, ok } from "../core/errors/codes";
import { asOfParam, defineRoute } from "./http";

defineRoute("digest-send", { route: "digest/send", methods: ["POST"], roles: ["manager", "admin"] }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  if (!ctx.deps.bot) return fail("UNAVAILABLE", "the Teams bot is not configured");
  const result = await ctx.deps.bot.sendDigest(ctx.principal.tenantId, { asOf: asOf.value, once: false });
  switch (result.status) {
    case "sent":
      return ok({ status: "sent", figures: result.figures });
    case "no-channel":
      return fail("NOT_FOUND", "Nudge is not installed in the managers' channel yet");
    case "no-firm":
      return fail("NOT_FOUND", "no such firm");
    default:
      return fail("UNAVAILABLE", "Teams did not accept the digest");
  }
});
