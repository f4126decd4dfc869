/**
 * Installation and first contact: remember where the bot may speak first. A person's personal chat
 * is stored under their Nudge user; a team installed by a manager or admin becomes the managers'
 * channel for the weekly digest. Pending escalations, payment plans and write-offs waiting for a
 * person who just installed the app are delivered then, so a card asked for before the install
 * still arrives.
 */
import { TurnContext } from "botbuilder";
import { DOC, type Escalation } from "../../core/actions/documents";
import { hasRole } from "../../core/ports/principal";
import { listMyApprovals } from "../../core/workflow/decisions/my-approvals";
import { MANAGERS_CHANNEL, personalRefId, type SavedReference, saveRef } from "../conversations/refs";
import type { BotEnv } from "../env";
import { createEscalationNotifier } from "../escalations/notifier";
import { createRequestNotifier } from "../requests/notifier";
import { logEvent } from "../log";
import type { Turn } from "./turn";

export function savedReference(context: TurnContext): SavedReference {
  const { activityId: _activity, ...reference } = TurnContext.getConversationReference(context.activity);
  const conversation = { ...reference.conversation, id: reference.conversation!.id.split(";messageid=")[0]! };
  return { ...reference, conversation } as SavedReference;
}

export async function rememberConversation(env: BotEnv, context: TurnContext, turn: Turn): Promise<void> {
  if (!turn.firm || !turn.user) return;
  const store = turn.firm.tenantStore;
  const now = env.now().toISOString();
  const reference = savedReference(context);
  const type = context.activity.conversation.conversationType;
  if (type === "personal" || !type) {
    await saveRef(store, personalRefId(turn.user.id), {
      scope: "personal",
      userId: turn.user.id,
      teamsUserId: context.activity.from.id,
      reference,
      savedAt: now,
    });
  }
}

export async function onInstalled(env: BotEnv, context: TurnContext, turn: Turn): Promise<void> {
  if (!turn.firm || !turn.user || !turn.principal) {
    logEvent("install from an unknown firm or user", { known: Boolean(turn.firm) });
    return;
  }
  const type = context.activity.conversation.conversationType;
  if (type === "channel" || type === "groupChat") {
    if (hasRole(turn.principal, "manager", "admin")) await setManagersChannel(env, context, turn);
    return;
  }
  await rememberConversation(env, context, turn);
  const store = turn.firm.tenantStore;
  const pending = (await store.documents.list<Escalation>(DOC.escalation)).filter(
    (d) => d.body.status === "pending" && d.body.routedTo === turn.user!.id,
  );
  const notifier = createEscalationNotifier(env);
  for (const { body } of pending) await notifier.escalationRequested(store, body);
  // Plans and write-offs waiting for them (or their committee) too; each card still goes once.
  const mine = await listMyApprovals(store, turn.principal);
  const requests = createRequestNotifier(env);
  for (const plan of mine.plans) await requests.requestProposed(store, { kind: "plan", id: plan.id });
  for (const w of mine.writeOffs) await requests.requestProposed(store, { kind: "write-off", id: w.id });
  logEvent("personal chat remembered", {
    tenant: store.tenantId,
    user: turn.user.id,
    pending: pending.length + mine.plans.length + mine.writeOffs.length,
  });
}

export async function setManagersChannel(env: BotEnv, context: TurnContext, turn: Turn): Promise<void> {
  const channelData = context.activity.channelData as { team?: { id?: string } } | undefined;
  await saveRef(turn.firm!.tenantStore, MANAGERS_CHANNEL, {
    scope: "channel",
    userId: turn.user!.id,
    ...(channelData?.team?.id ? { teamId: channelData.team.id } : {}),
    reference: savedReference(context),
    savedAt: env.now().toISOString(),
  });
  logEvent("managers' channel set", { tenant: turn.firm!.tenantStore.tenantId, user: turn.user!.id });
}
