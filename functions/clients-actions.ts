/**
 * The specialist's one-click actions on a client, as thin controllers over core/actions. The task
 * pane, the bot and the workflow engine call the same use cases.
 */
import { getAccountState } from "../core/actions/account-state";
import { logInteraction } from "../core/actions/log-interaction";
import { placeHold } from "../core/actions/place-hold";
import { recordDispute } from "../core/actions/record-dispute";
import { recordPromise } from "../core/actions/record-promise";
import { ok } from "../core/errors/codes";
import { getSequencePosition } from "../core/workflow/state/get-sequence-position";
import { actionDeps, asOfParam, defineRoute, objectBody } from "./http";

const clientId = (params: Record<string, string>) => params.clientId ?? "";

defineRoute(
  "interactions-create",
  { route: "clients/{clientId}/interactions", methods: ["POST"], successStatus: 201 },
  async (ctx) => {
    const body = await objectBody(ctx);
    if (!body.ok) return body;
    return logInteraction(
      ctx.store,
      ctx.principal,
      clientId(ctx.params),
      { kind: body.value.kind, summary: body.value.summary, invoiceIds: body.value.invoiceIds },
      actionDeps(ctx),
    );
  },
);

defineRoute(
  "promises-create",
  { route: "clients/{clientId}/promises", methods: ["POST"], successStatus: 201 },
  async (ctx) => {
    const body = await objectBody(ctx);
    if (!body.ok) return body;
    const b = body.value;
    return recordPromise(
      ctx.store,
      ctx.principal,
      clientId(ctx.params),
      {
        amountMinor: b.amountMinor,
        date: b.date,
        invoiceIds: b.invoiceIds,
        ...(typeof b.sourceInteractionId === "string" ? { sourceInteractionId: b.sourceInteractionId } : {}),
        ...(typeof b.note === "string" ? { note: b.note } : {}),
      },
      actionDeps(ctx),
    );
  },
);

defineRoute(
  "disputes-create",
  { route: "clients/{clientId}/disputes", methods: ["POST"], successStatus: 201 },
  async (ctx) => {
    const body = await objectBody(ctx);
    if (!body.ok) return body;
    const b = body.value;
    return recordDispute(
      ctx.store,
      ctx.principal,
      clientId(ctx.params),
      { reasonCode: b.reasonCode, invoiceIds: b.invoiceIds, ...(typeof b.note === "string" ? { note: b.note } : {}) },
      actionDeps(ctx),
    );
  },
);

defineRoute(
  "holds-create",
  { route: "clients/{clientId}/holds", methods: ["POST"], successStatus: 201 },
  async (ctx) => {
    const body = await objectBody(ctx);
    if (!body.ok) return body;
    return placeHold(
      ctx.store,
      ctx.principal,
      clientId(ctx.params),
      { until: body.value.until, reason: body.value.reason },
      actionDeps(ctx),
    );
  },
);

defineRoute("clients-state", { route: "clients/{clientId}/state", methods: ["GET"] }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  const id = clientId(ctx.params);
  const state = await getAccountState(ctx.store, ctx.principal, id, ["payment-plan", "sequence-state"]);
  if (!state.ok) return state;
  const sequence = await getSequencePosition(ctx.store, ctx.principal, id, {
    asOf: asOf.value,
    now: ctx.deps.now().toISOString(),
  });
  if (!sequence.ok) return sequence;
  return ok({ ...state.value, sequence: sequence.value });
});
