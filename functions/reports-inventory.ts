/** The weekly inventory review: one row per account with an open balance (managers and administrators). */
import { ok } from "../core/errors/codes";
import { getInventory } from "../core/reports/inventory-report";
import { asOfParam, defineRoute } from "./http";

defineRoute(
  "reports-inventory",
  { route: "reports/inventory", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => {
    const asOf = asOfParam(ctx);
    if (!asOf.ok) return asOf;
    return ok(await getInventory(ctx.store, ctx.principal, asOf.value));
  },
);
