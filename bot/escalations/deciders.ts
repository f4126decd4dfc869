/**
 * Who receives an escalation's card: the person it is routed to, or every member of the billing &
 * collections committee when it is routed there (the workflow's authority matrix says who that is).
 */
import type { Escalation } from "../../core/actions/documents";
import type { TenantStore } from "../../core/ports/store.port";
import { COMMITTEE, isCommitteeMember } from "../../core/workflow/authority/authority";
import { loadWorkflowConfig } from "../../core/workflow/config/config-store";
import { principalOf } from "../conversations/turn-identity";

export const COMMITTEE_NAME = "the billing & collections committee";

export async function decidersOf(store: TenantStore, e: Pick<Escalation, "routedTo">): Promise<string[]> {
  if (e.routedTo !== COMMITTEE) return [e.routedTo];
  const [{ config }, users] = await Promise.all([loadWorkflowConfig(store), store.listUsers()]);
  return users.filter((u) => isCommitteeMember(principalOf(u), config.authority)).map((u) => u.id);
}

export function routedName(routedTo: string, nameOf: (id: string) => string): string {
  return routedTo === COMMITTEE ? COMMITTEE_NAME : nameOf(routedTo);
}
