/** Payments that match no invoice: listed with a suggested match, applied once. */
import { applyUnappliedPayment, listUnappliedPayments } from "../core/workflow/payments/unapplied";
import { actionDeps, defineRoute, objectBody } from "./http";

defineRoute("payments-unapplied", { route: "payments/unapplied", methods: ["GET"] }, async (ctx) =>
  listUnappliedPayments(ctx.store, ctx.principal),
);

defineRoute("payments-apply", { route: "payments/{id}/apply", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  return applyUnappliedPayment(
    ctx.store,
    ctx.principal,
    ctx.params.id ?? "",
    { applications: body.value.applications },
    actionDeps(ctx),
  );
});
