/** `POST /api/config/workflow/dry-run`: validates an edited configuration and lists the accounts it would affect. */
import { listVisibleClients } from "../access/access";
import type { IsoDate } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import { hasRole, type Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { changedSections, loadWorkflowConfig } from "../workflow/config/config-store";
import { parseWorkflowConfig } from "../workflow/config/schema";
import { type DryRunResult, workflowDryRun } from "./workflow-dry-run";

export async function dryRunWorkflowConfig(
  store: TenantStore,
  principal: Principal,
  config: unknown,
  asOf: IsoDate,
): Promise<Result<DryRunResult & { baseVersion: number; sections: string[] }>> {
  if (!hasRole(principal, "manager", "admin"))
    return fail("FORBIDDEN", "the workflow configuration is for managers and administrators");
  const parsed = parseWorkflowConfig(config);
  if (!parsed.ok) return parsed;
  const [current, clients, matters, openInvoices] = await Promise.all([
    loadWorkflowConfig(store),
    listVisibleClients(store, principal),
    store.listMatters(),
    store.listInvoices({ openOnly: true }),
  ]);
  const result = workflowDryRun(current.config, parsed.value, { asOf, clients, matters, openInvoices });
  return ok({ ...result, baseVersion: current.version, sections: changedSections(current.config, parsed.value) });
}
