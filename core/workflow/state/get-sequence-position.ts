/**
 * Loads what the daily run would read about one client (in a few per-client queries) and works out
 * its place in the follow-up sequence (`sequencePosition`). Read-only: promises and plans are taken
 * as stored, so a promise that passed its date + grace no longer pauses, as in the run.
 */
import { loadVisibleClient } from "../../access/access";
import { DOC, type Dispute, type Hold, type PromiseToPay } from "../../actions/documents";
import type { IsoDate, IsoInstant } from "../../domain/types";
import { ok, type Result } from "../../errors/codes";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { loadWorkflowConfig } from "../config/config-store";
import { type SequenceState, type SequenceTouch, WF_DOC } from "../documents";
import { runInstantFor } from "../engine/run-instant";
import { doneKey, forgetOrphans, indexTouches, lookbackWindow } from "../engine/snapshot";
import type { PaymentPlan } from "../plans/plan-types";
import { type SequencePosition, sequencePosition } from "./sequence-position";

export async function getSequencePosition(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  input: { asOf: IsoDate; now: IsoInstant },
): Promise<Result<SequencePosition>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  const { asOf } = input;
  const docs = store.documents;
  const [{ config }, matters, invoices, touchDocs, disputes, plans, holds, promises, state, interactions] =
    await Promise.all([
      loadWorkflowConfig(store),
      store.listMatters(clientId),
      store.listInvoices({ clientId, openOnly: true }),
      docs.list<SequenceTouch>(WF_DOC.touch, { clientId }),
      docs.list<Dispute>(DOC.dispute, { clientId }),
      docs.list<PaymentPlan>(WF_DOC.plan, { clientId }),
      docs.list<Hold>(DOC.hold, { clientId }),
      docs.list<PromiseToPay>(DOC.promise, { clientId }),
      docs.get<SequenceState>(WF_DOC.sequenceState, clientId),
      store.listInteractions({ clientId, ...lookbackWindow(asOf) }),
    ]);
  // The run's rule for claims whose run died before their draft was written: not done.
  const { done, suspects } = indexTouches(touchDocs, asOf, runInstantFor(asOf, input.now));
  await forgetOrphans(store, done, suspects);
  const touches = touchDocs.map((d) => d.body).filter((t) => done.get(doneKey(t.invoiceId, t.dueDate))?.has(t.stepId));
  return ok(
    sequencePosition({
      asOf,
      config,
      client: client.value,
      matters,
      invoices,
      touches,
      disputes: disputes.map((d) => d.body),
      plans: plans.map((p) => p.body),
      holds: holds.map((h) => h.body),
      promises: promises.map((p) => p.body),
      ...(state ? { state: state.body } : {}),
      interactions,
    }),
  );
}
