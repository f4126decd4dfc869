/**
 * The engine's daily promise check: open promises become kept or broken from the payments that
 * arrived. A broken promise gets a follow-up task for the collector and an audit record whose
 * `data.outcome` is `broken` (the payment model reads it as a reason). Each resolution is a
 * compare-and-set: a promise a person changed meanwhile is left for tomorrow.
 */
import type { PromiseToPay } from "../../actions/documents";
import type { Client, IsoDate, IsoInstant } from "../../domain/types";
import { formatMoney } from "../../money/money";
import type { NewInteraction, StoredDocument, TenantStore } from "../../ports/store.port";
import { DOC } from "../../actions/documents";
import { WORKFLOW_ACTOR } from "../documents";
import type { PaymentsOf } from "../engine/payments-cache";
import { createTask } from "../tasks";
import { promiseOutcome } from "./promise-outcome";

export interface PromiseRun {
  kept: number;
  broken: number;
  records: NewInteraction[];
  /** Promises still open after the check (they pause reminders). */
  open: PromiseToPay[];
}

export async function resolvePromises(
  store: TenantStore,
  promises: StoredDocument<PromiseToPay>[],
  ctx: {
    asOf: IsoDate;
    runAt: IsoInstant;
    graceDays: number;
    paymentsOf: PaymentsOf;
    clients: Map<string, Client>;
    newId: () => string;
  },
): Promise<PromiseRun> {
  const run: PromiseRun = { kept: 0, broken: 0, records: [], open: [] };
  for (const doc of promises) {
    const p = doc.body;
    const outcome = promiseOutcome(p, await ctx.paymentsOf(p.clientId), ctx.asOf, ctx.graceDays);
    if (outcome.status === "open") {
      run.open.push(p);
      continue;
    }
    const body: PromiseToPay = { ...p, status: outcome.status, resolvedAt: ctx.runAt };
    const saved = await store.documents.replace(DOC.promise, doc.id, body, {
      actorId: WORKFLOW_ACTOR,
      clientId: p.clientId,
      ifMatch: doc.etag,
    });
    if (!saved.ok) continue;
    const amount = formatMoney(p.amountMinor, p.currency);
    run.records.push({
      id: ctx.newId(),
      clientId: p.clientId,
      kind: "promise",
      at: ctx.runAt,
      actorId: WORKFLOW_ACTOR,
      summary: `Promise to pay ${amount} by ${p.promisedDate} ${outcome.status}`,
      ...(p.invoiceIds.length ? { invoiceIds: p.invoiceIds } : {}),
      data: {
        promiseId: p.id,
        outcome: outcome.status,
        paidMinor: outcome.paidMinor,
        ...(outcome.keptOn ? { keptOn: outcome.keptOn } : { reason: "broken-promise" }),
      },
    });
    if (outcome.status === "kept") {
      run.kept += 1;
      continue;
    }
    run.broken += 1;
    const client = ctx.clients.get(p.clientId);
    await createTask(store, {
      id: `${p.id}|broken`,
      clientId: p.clientId,
      kind: "broken-promise",
      assignedTo: client?.collectorId ?? client?.billingPartnerId ?? "unassigned",
      title: `Broken promise: ${client?.name ?? p.clientId} promised ${amount} by ${p.promisedDate} (${formatMoney(outcome.paidMinor, p.currency)} received)`,
      dueDate: ctx.asOf,
      invoiceIds: p.invoiceIds,
      source: `promise:${p.id}`,
      createdAt: ctx.runAt,
    });
  }
  return run;
}
