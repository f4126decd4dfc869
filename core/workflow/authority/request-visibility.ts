/**
 * Who may see a routed request (an escalation, a payment plan, a write-off): the one question every
 * host asks before showing one (the API's GET, a Teams card's refresh), answered by `maySeeRequest`
 * with the firm's authority configuration.
 */
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { loadWorkflowConfig } from "../config/config-store";
import { maySeeRequest } from "./authority";

export async function canSeeRequest(
  store: TenantStore,
  principal: Principal,
  request: { clientId: string; routedTo: string },
): Promise<boolean> {
  const [client, { config }] = await Promise.all([store.getClient(request.clientId), loadWorkflowConfig(store)]);
  return maySeeRequest(principal, client, request, config.authority);
}
