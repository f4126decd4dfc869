/**
 * Turns one planned group into work for a person: with its invoices' steps claimed, word the draft, put
 * it in the collector's Outlook Drafts (or Nudge's queue), mark the steps done, and describe the
 * audit record. Invoices whose step another run already claimed drop out; if none is left, nothing
 * is created. A rendering failure gives the claims back for the next run.
 */
import type { EscalationOption } from "../../actions/documents";
import type { Channel, Client, IsoDate, IsoInstant, Tenant, User } from "../../domain/types";
import { formatMoney, sumMinor } from "../../money/money";
import type { NewInteraction, TenantStore } from "../../ports/store.port";
import { WORKFLOW_ACTOR, type WorkflowDraft } from "../documents";
import type { DraftSink } from "../ports/draft-sink.port";
import type { RenderDraft } from "../ports/render-draft.port";
import { createTask } from "../tasks";
import { type Claim, type ClaimedTouch, groupDraftId, recoveryKeys, releaseTouch } from "./claims";
import { deliverDraft } from "./deliver-draft";
import type { PlannedGroup, PlannedItem } from "./plan-day";

export interface ExecuteContext {
  store: TenantStore;
  sink: DraftSink;
  render: RenderDraft;
  asOf: IsoDate;
  runAt: IsoInstant;
  leaseUntil: IsoInstant;
  tenant: Tenant;
  client: Client;
  users: Map<string, User>;
  newId: () => string;
}

export interface GroupOutcome {
  created: number;
  claimed: number;
  conflicts: number;
  failed?: string;
  records: NewInteraction[];
  escalate?: { reason: string; option: EscalationOption };
  draft?: WorkflowDraft;
}

const KIND_BY_CHANNEL = { email: "email-drafted", letter: "letter", sms: "sms" } as const;

/** `claimed` holds the group's claims in item order (`claimGroups`), `undefined` where another run won. */
export async function executeGroup(
  group: PlannedGroup,
  ctx: ExecuteContext,
  claimed: readonly Claim[],
): Promise<GroupOutcome> {
  const claims: { item: PlannedItem; doc: ClaimedTouch }[] = [];
  const draftId = groupDraftId(group);
  for (const [i, item] of group.items.entries()) {
    const doc = claimed[i];
    if (doc) claims.push({ item, doc });
  }
  const outcome: GroupOutcome = {
    created: 0,
    claimed: claims.length,
    conflicts: group.items.length - claims.length,
    records: [],
  };
  if (claims.length === 0) return outcome;
  const items = claims.map((c) => c.item);
  const total = formatMoney(sumMinor(items.map((i) => i.invoice.balanceMinor)), items[0]!.invoice.currency);
  const label = group.lead.step.label ?? group.lead.step.id;
  const invoiceIds = items.map((i) => i.invoice.id);
  if (group.kind === "task") {
    const partnerTask = group.lead.step.channel === "partner-task";
    const assignee = partnerTask ? (ctx.client.billingPartnerId ?? ctx.client.collectorId) : ctx.client.collectorId;
    const made = await createTask(ctx.store, {
      id: draftId,
      clientId: ctx.client.id,
      kind: partnerTask ? "partner-task" : "call",
      assignedTo: assignee ?? "unassigned",
      title: `${label}: ${ctx.client.name}, ${items.length} invoice(s), ${total}`,
      dueDate: ctx.asOf,
      invoiceIds,
      source: `sequence:${group.lead.sequenceId}:${group.lead.step.id}`,
      createdAt: ctx.runAt,
    });
    outcome.created += made ? 1 : 0;
    outcome.records.push(
      record(ctx, "note", `Task for ${partnerTask ? "the billing partner" : "the collector"}: ${label}`, invoiceIds, {
        taskId: draftId,
        stepId: group.lead.step.id,
      }),
    );
  } else {
    const docs = claims.map((c) => c.doc);
    const delivered = await deliverDraft(group, items, { draftId, reuse: recoveryKeys(draftId, docs) }, ctx);
    if (!delivered.ok) {
      for (const c of claims) await releaseTouch(ctx.store, c.doc);
      return { ...outcome, claimed: 0, failed: delivered.reason };
    }
    outcome.draft = delivered.draft;
    outcome.created += delivered.created ? 1 : 0;
    const kind = KIND_BY_CHANNEL[group.channel as Channel] ?? "email-drafted";
    outcome.records.push(
      record(ctx, kind, `${label} drafted for review (${items.length} invoice(s), ${total})`, invoiceIds, {
        status: "drafted",
        draftId,
        stepId: group.lead.step.id,
        sequenceId: group.lead.sequenceId,
        channel: group.channel,
        location: delivered.draft.location,
        needsApproval: group.needsApproval,
        ...(group.notes.length ? { guardrailNotes: group.notes } : {}),
      }),
    );
  }
  await followUps(group, items, draftId, ctx, outcome, total);
  return outcome;
}

/** Write-off review tasks and escalation requests asked for by the steps that were just done. */
async function followUps(
  group: PlannedGroup,
  items: PlannedItem[],
  draftId: string,
  ctx: ExecuteContext,
  outcome: GroupOutcome,
  total: string,
) {
  if (items.some((i) => i.step.writeOffReview)) {
    const made = await createTask(ctx.store, {
      id: `${draftId}|write-off-review`,
      clientId: ctx.client.id,
      kind: "write-off-review",
      assignedTo: ctx.client.collectorId ?? ctx.client.billingPartnerId ?? "unassigned",
      title: `Write-off review: ${ctx.client.name}, ${items.length} invoice(s), ${total}`,
      dueDate: ctx.asOf,
      invoiceIds: items.map((i) => i.invoice.id),
      source: `sequence:${group.lead.sequenceId}:${group.lead.step.id}`,
      createdAt: ctx.runAt,
    });
    outcome.created += made ? 1 : 0;
  }
  const escalating = items.find((i) => i.step.escalate);
  if (escalating) {
    const to = escalating.step.escalate === "committee" ? "committee" : "partner-call";
    outcome.escalate = {
      option: to,
      reason: `Follow-up step "${escalating.step.label ?? escalating.step.id}" reached: invoice ${escalating.invoice.number} is ${escalating.daysPastDue} days past due`,
    };
  }
}

function record(
  ctx: ExecuteContext,
  kind: NewInteraction["kind"],
  summary: string,
  invoiceIds: string[],
  data: Record<string, unknown>,
): NewInteraction {
  return {
    id: ctx.newId(),
    clientId: ctx.client.id,
    kind,
    at: ctx.runAt,
    actorId: WORKFLOW_ACTOR,
    summary,
    invoiceIds,
    data,
  };
}
