/**
 * Posts the weekly digest to the managers' channel. The timer sends once per week (a `digest-post`
 * document keyed by the week's last day is claimed before sending, so a retried or doubled timer run
 * posts nothing twice); a manager's on-demand request always posts.
 */
import type { IsoDate } from "../../core/domain/types";
import type { TenantStore } from "../../core/ports/store.port";
import { digestCard } from "../cards/digest.card";
import { loadRef, MANAGERS_CHANNEL } from "../conversations/refs";
import type { BotEnv } from "../env";
import { logEvent, logFailure } from "../log";
import { type DigestFigures, digestFigures } from "./digest-figures";
import { digestCardModel } from "./digest-view";

export const DIGEST_POST_KIND = "digest-post";

export type DigestResult =
  | { status: "sent"; figures: DigestFigures; activityId?: string }
  | { status: "already-sent" | "no-channel" | "no-firm"; figures?: DigestFigures }
  | { status: "failed"; figures: DigestFigures };

export async function sendWeeklyDigest(
  env: BotEnv,
  store: TenantStore,
  options: { asOf: IsoDate; once: boolean },
): Promise<DigestResult> {
  const ids = { tenant: store.tenantId, week: options.asOf };
  const tenant = await store.getTenant();
  if (!tenant) return { status: "no-firm" };
  const ref = await loadRef(store, MANAGERS_CHANNEL);
  if (!ref) {
    logEvent("digest not sent: no managers' channel", ids);
    return { status: "no-channel" };
  }
  if (options.once && (await store.documents.get(DIGEST_POST_KIND, options.asOf))) return { status: "already-sent" };
  const figures = await digestFigures(store, {
    asOf: options.asOf,
    today: env.today(),
    ...(env.atRisk ? { atRisk: env.atRisk } : {}),
  });
  // Claimed once the figures exist, so a failure computing them leaves the week to the next run.
  if (options.once) {
    const at = { at: env.now().toISOString() };
    const claim = await store.documents.create(DIGEST_POST_KIND, options.asOf, at, { actorId: "bot" });
    if (!claim.ok) return { status: "already-sent" };
  }
  try {
    const card = digestCard(digestCardModel(env, tenant.name, figures));
    const activityId = await env.messenger.send(ref.reference, {
      card,
      summary: `Weekly collections digest ${options.asOf}`,
    });
    logEvent("digest sent", ids);
    return { status: "sent", figures, ...(activityId ? { activityId } : {}) };
  } catch (error) {
    if (options.once) await store.documents.delete(DIGEST_POST_KIND, options.asOf);
    logFailure("digest failed", error, ids);
    return { status: "failed", figures };
  }
}
