/**
 * Approve or reject a payment plan or write-off request from the `my approvals` card. The workflow's
 * use case decides (authority, exactly once); the answer is the refreshed list with the outcome.
 */
import type { AdaptiveCardInvokeResponse } from "botbuilder";
import { ErrorCodes } from "../../core/errors/codes";
import { approvalsCard } from "../cards/approvals.card";
import type { RequestDecision } from "../decisions/decision-service";
import { actionDepsOf, type BotEnv } from "../env";
import { logEvent } from "../log";
import { approvalsModel } from "../views/approvals-view";
import type { Turn } from "./turn";

export async function onRequestAction(
  env: BotEnv,
  data: Record<string, unknown>,
  turn: Required<Pick<Turn, "firm" | "principal">>,
): Promise<AdaptiveCardInvokeResponse> {
  const store = turn.firm.tenantStore;
  const kind = data.kind === "plan" || data.kind === "write-off" ? data.kind : undefined;
  const id = typeof data.id === "string" ? data.id : "";
  let notice: string;
  if (!kind || !id || typeof data.approve !== "boolean") {
    notice = "Not recorded: the request is not valid.";
  } else {
    const request: RequestDecision = { kind, id, approve: data.approve };
    const result = await env.decisions.decideRequest(store, turn.principal, request, actionDepsOf(env));
    const ids = { tenant: store.tenantId, request: id, kind, user: turn.principal.userId };
    logEvent(result.ok ? "request decided" : "request not decided", {
      ...ids,
      ...(result.ok ? {} : { code: result.code }),
    });
    const what = kind === "plan" ? "Payment plan" : "Write-off";
    notice = result.ok
      ? `${what} ${data.approve ? "approved" : "rejected"}.`
      : `Not recorded: ${ErrorCodes[result.code].title}. ${result.message}`;
  }
  const card = approvalsCard(await approvalsModel(store, turn.principal, notice));
  return {
    statusCode: 200,
    type: "application/vnd.microsoft.card.adaptive",
    value: card as unknown as Record<string, unknown>,
  };
}
