/**
 * Escalation requests the run asks for: a step that says so (e.g. +60 committee escalation) or the
 * payment model's recommended escalation date. They go through the same `requestEscalation` use case
 * as a specialist's request (evidence frozen, one pending escalation per client). The optional hook
 * lets the composition root notify (the Teams bot's card); a failing hook never fails the run.
 */
import type { ActionDeps, Escalation, EscalationOption } from "../../actions/documents";
import { requestEscalation } from "../../actions/request-escalation";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { WF_DOC, WORKFLOW_ACTOR } from "../documents";

export interface EscalationWanted {
  clientId: string;
  reason: string;
  option: EscalationOption;
  source: Escalation["source"];
  /** Idempotency key for escalations not tied to a touch (the model's date). */
  key?: string;
}

export interface EscalationRun {
  created: Escalation[];
  alreadyPending: number;
  failed: number;
  notifyFailed: number;
}

export function workflowPrincipal(tenantId: string): Principal {
  return {
    tenantId,
    userId: WORKFLOW_ACTOR,
    email: "workflow@nudge.invalid",
    name: "Nudge workflow",
    roles: ["admin"],
  };
}

export async function requestWorkflowEscalations(
  store: TenantStore,
  wanted: EscalationWanted[],
  deps: ActionDeps,
  onCreated?: (escalation: Escalation) => Promise<void> | void,
): Promise<EscalationRun> {
  const run: EscalationRun = { created: [], alreadyPending: 0, failed: 0, notifyFailed: 0 };
  const seen = new Set<string>();
  for (const w of wanted) {
    if (seen.has(w.clientId)) continue;
    seen.add(w.clientId);
    if (w.key) {
      const key = await store.documents.create(
        WF_DOC.escalationKey,
        w.key,
        { ...w },
        { actorId: WORKFLOW_ACTOR, clientId: w.clientId },
      );
      if (!key.ok) continue;
    }
    const result = await requestEscalation(
      store,
      workflowPrincipal(store.tenantId),
      { clientId: w.clientId, reason: w.reason, requestedOption: w.option, source: w.source },
      deps,
    );
    if (!result.ok) {
      run.failed += 1;
      continue;
    }
    if (!result.value.created) {
      run.alreadyPending += 1;
      continue;
    }
    run.created.push(result.value.escalation);
    try {
      await onCreated?.(result.value.escalation);
    } catch {
      run.notifyFailed += 1;
    }
  }
  return run;
}
