/** Quality flags on the notes and call logs people wrote in a period: empty or one-word comments, per author. */
import { isIsoDate } from "../core/domain/dates";
import { fail, ok } from "../core/errors/codes";
import { commentQuality } from "../core/reports/comment-quality";
import { defaultPeriod } from "../core/workflow/measures/period";
import { asOfParam, defineRoute } from "./http";

defineRoute(
  "reports-comment-quality",
  { route: "reports/comment-quality", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => {
    const asOf = asOfParam(ctx);
    if (!asOf.ok) return asOf;
    const fallback = defaultPeriod(asOf.value);
    const from = ctx.query.get("from") ?? fallback.from;
    const to = ctx.query.get("to") ?? fallback.to;
    if (!isIsoDate(from) || !isIsoDate(to) || from > to)
      return fail("VALIDATION", "from and to must be dates as YYYY-MM-DD, from not after to");
    const [interactions, users] = await Promise.all([
      ctx.store.listInteractions({ kinds: ["note", "call"], since: `${from}T00:00:00.000Z` }),
      ctx.store.listUsers(),
    ]);
    return ok({ asOf: asOf.value, period: { from, to }, rows: commentQuality(interactions, users, { from, to }) });
  },
);
