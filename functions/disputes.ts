/** Resolving a dispute (recording one is in clients-actions.ts): dunning resumes on the next run. */
import { resolveDispute } from "../core/workflow/disputes/resolve-dispute";
import { actionDeps, defineRoute, objectBody } from "./http";

defineRoute("disputes-resolve", { route: "disputes/{id}/resolve", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  return resolveDispute(
    ctx.store,
    ctx.principal,
    ctx.params.id ?? "",
    { resolution: body.value.resolution },
    actionDeps(ctx),
  );
});
