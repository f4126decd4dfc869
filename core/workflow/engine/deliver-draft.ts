/**
 * Words a planned draft and puts it where a person reviews it: the collector's own Outlook Drafts
 * folder for email when Graph is wired (the queue otherwise, or when Outlook refuses), and always a
 * record in Nudge's queue so the task pane lists it. Never sent from here.
 *
 * The Outlook draft is stamped with the Nudge draft id. A run that died between creating it and
 * recording it leaves claims that the next run takes over; that run passes the ids the dead run may
 * have stamped (`reuse`), so the sink finds and reuses the Outlook draft instead of making a second.
 */
import type { Channel } from "../../domain/types";
import type { WorkflowDraft } from "../documents";
import type { ExecuteContext } from "./execute-group";
import type { PlannedGroup, PlannedItem } from "./plan-day";

export type Delivery = { ok: true; draft: WorkflowDraft; created: boolean } | { ok: false; reason: string };

export async function deliverDraft(
  group: PlannedGroup,
  items: PlannedItem[],
  ids: { draftId: string; reuse: string[] },
  ctx: ExecuteContext,
): Promise<Delivery> {
  const { draftId, reuse } = ids;
  const step = group.lead.step;
  const invoices = items.map((i) => ({ ...i.invoice })).sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
  const rendered = await ctx.render(
    {
      clientId: ctx.client.id,
      purpose: step.purpose,
      channel: group.channel as Channel,
      language: ctx.client.language,
      stepId: step.id,
      tone: group.tone,
      invoiceIds: invoices.map((i) => i.id),
    },
    { asOf: ctx.asOf, now: ctx.runAt, tenant: ctx.tenant, client: ctx.client, invoices },
  );
  if (!rendered.ok) return { ok: false, reason: rendered.code };
  const warnings = [...group.notes, ...rendered.value.warnings.map((w) => w.message)];
  let location: WorkflowDraft["location"] = "queue";
  let external: { externalId?: string; webLink?: string } = {};
  const collector = ctx.client.collectorId ? ctx.users.get(ctx.client.collectorId) : undefined;
  if (group.channel === "email" && collector) {
    const owner = {
      userId: collector.id,
      email: collector.email,
      ...(collector.aadObjectId ? { aadObjectId: collector.aadObjectId } : {}),
    };
    const made = await ctx.sink.createEmailDraft(owner, {
      subject: rendered.value.subject,
      html: rendered.value.html,
      to: group.to,
      key: draftId,
      ...(reuse.length ? { reuse } : {}),
    });
    if (made.ok) {
      location = made.value.location;
      external = {
        ...(made.value.externalId ? { externalId: made.value.externalId } : {}),
        ...(made.value.webLink ? { webLink: made.value.webLink } : {}),
      };
    } else warnings.push(`could not create the draft in Outlook (${made.code}); it waits in the Nudge queue`);
  }
  const draft: WorkflowDraft = {
    id: draftId,
    clientId: ctx.client.id,
    ...(ctx.client.collectorId ? { collectorId: ctx.client.collectorId } : {}),
    channel: group.channel,
    purpose: step.purpose,
    // The wording's tone: the step's, unless the drafting module moved it one step (score, relationship).
    tone: rendered.value.tone ?? group.tone,
    ...(rendered.value.toneReason ? { toneReason: rendered.value.toneReason } : {}),
    stepId: step.id,
    sequenceId: group.lead.sequenceId,
    invoiceIds: invoices.map((i) => i.id),
    // The balances the wording states, so a reviewer later sees the draft's figures, not today's.
    statedInvoices: invoices.map((i) => ({
      id: i.id,
      number: i.number,
      balanceMinor: i.balanceMinor,
      currency: i.currency,
    })),
    subject: rendered.value.subject,
    html: rendered.value.html,
    text: rendered.value.text,
    to: group.to,
    location,
    ...external,
    ...(group.sendAfter ? { sendAfter: group.sendAfter } : {}),
    needsApproval: group.needsApproval,
    warnings,
    templateId: rendered.value.templateId,
    source: rendered.value.source,
    ...(group.channel === "letter" && rendered.value.letter ? { letter: rendered.value.letter } : {}),
    status: "awaiting-review",
    runDate: ctx.asOf,
    createdAt: ctx.runAt,
  };
  const queued = await ctx.sink.queue(draft);
  return { ok: true, draft, created: queued.ok };
}
