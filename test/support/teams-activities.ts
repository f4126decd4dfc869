/**
 * Teams-shaped activities for end-to-end bot tests: what the Bot Framework channel would POST to
 * /api/messages for a demo user (whose Entra object id is their Nudge user id locally).
 */
import { DEMO_TENANT_ID, DEMO_USERS } from "../../core/demo/demo-people";

let seq = 0;

export interface TeamsOptions {
  serviceUrl: string;
  tenantId?: string;
  conversation?: { id: string; conversationType: "personal" | "channel"; teamId?: string };
}

function base(userId: string, o: TeamsOptions) {
  const user = DEMO_USERS.find((u) => u.id === userId);
  const tenantId = o.tenantId ?? DEMO_TENANT_ID;
  const conversation = o.conversation ?? { id: `a:${userId}`, conversationType: "personal" as const };
  return {
    id: `act-${++seq}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl: o.serviceUrl,
    from: { id: `29:${userId}`, name: user?.displayName ?? userId, aadObjectId: userId },
    recipient: { id: "28:nudge-bot", name: "Nudge" },
    conversation: { id: conversation.id, conversationType: conversation.conversationType, tenantId },
    channelData: {
      tenant: { id: tenantId },
      ...(conversation.teamId ? { team: { id: conversation.teamId }, channel: { id: conversation.id } } : {}),
    },
    locale: "en-US",
  };
}

export const message = (userId: string, text: string, o: TeamsOptions) => ({
  ...base(userId, o),
  type: "message",
  text,
});

export const installed = (userId: string, o: TeamsOptions) => ({
  ...base(userId, o),
  type: "installationUpdate",
  action: "add",
});

export const botAdded = (userId: string, o: TeamsOptions) => ({
  ...base(userId, o),
  type: "conversationUpdate",
  membersAdded: [{ id: "28:nudge-bot" }],
});

export const cardAction = (userId: string, verb: string, data: Record<string, unknown>, o: TeamsOptions) => ({
  ...base(userId, o),
  type: "invoke",
  name: "adaptiveCard/action",
  value: { action: { type: "Action.Execute", verb, data: { ...data, verb } }, trigger: "manual" },
});

/** The HTTP answer to an activity: an invoke's `{statusCode, type, value}` or nothing for a message. */
export interface InvokeAnswer {
  statusCode?: number;
  type?: string;
  value?: unknown;
  [key: string]: unknown;
}

export async function postActivity(apiUrl: string, activity: unknown): Promise<{ status: number; json: InvokeAnswer }> {
  const res = await fetch(`${apiUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  let json: InvokeAnswer = {};
  try {
    json = text ? (JSON.parse(text) as InvokeAnswer) : {};
  } catch {
    json = { text };
  }
  return { status: res.status, json };
}
