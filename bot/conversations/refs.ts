/**
 * Where the bot may speak first. Teams gives a conversation reference when the app is installed or
 * spoken to; it is stored in the firm's document store (kind `conversation-ref`): one per person
 * for their personal chat, and one for the managers' channel that receives the weekly digest.
 */
import type { TenantStore } from "../../core/ports/store.port";

export const REF_KIND = "conversation-ref";
export const MANAGERS_CHANNEL = "channel:managers";
export const personalRefId = (userId: string) => `user:${userId}`;

/** The plain-JSON part of a Bot Framework conversation reference that a proactive send needs. */
export interface SavedReference {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  bot: { id: string; name?: string };
  user?: { id: string; name?: string; aadObjectId?: string };
  locale?: string;
}

export interface StoredRef {
  scope: "personal" | "channel";
  /** Nudge user id for a personal chat; the installer for a channel. */
  userId: string;
  /** The Teams id (29:…) of the person, for card refresh lists. */
  teamsUserId?: string;
  teamId?: string;
  reference: SavedReference;
  savedAt: string;
}

export async function saveRef(store: TenantStore, id: string, ref: StoredRef): Promise<void> {
  const existing = await store.documents.get<StoredRef>(REF_KIND, id);
  const same =
    existing && JSON.stringify({ ...existing.body, savedAt: "" }) === JSON.stringify({ ...ref, savedAt: "" });
  if (!same) await store.documents.upsert(REF_KIND, id, ref, { actorId: ref.userId });
}

export async function loadRef(store: TenantStore, id: string): Promise<StoredRef | undefined> {
  return (await store.documents.get<StoredRef>(REF_KIND, id))?.body;
}
