/**
 * Accepting a reading of a client's reply (after a person confirmed or corrected it): the reply is
 * logged, a promise or a dispute is recorded through the shared action use cases (which pause the
 * reminders), hardship is logged for the partner, and a suggested answer is drafted with the
 * wording for that reading (see `ANSWERS`). The classification comes from the person, so its
 * figures are validated like any typed input; the answer states only what was recorded.
 */
import { loadVisibleClient } from "../access/access";
import { recordDispute } from "../actions/record-dispute";
import { recordPromise } from "../actions/record-promise";
import type { ActionDeps, DisputeReason, Dispute, PromiseToPay } from "../actions/documents";
import type { Interaction } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { type Classification, type DisputeCategory, MESSAGE_KINDS, type MessageKind } from "./classify/types";
import { type CreateDraftDeps, createDraft } from "./create-draft";
import type { Draft, InboundMessage, ReplyKind } from "./types";
import { neutralizeInbound } from "./untrusted";

export interface AcceptInput {
  clientId: string;
  classification: unknown;
  inbound: InboundMessage;
}

export interface Accepted {
  recorded: Interaction;
  paused: boolean;
  draft: Draft | null;
  /** Why there is no draft, when there is none. */
  noDraftReason?: string;
  promise?: PromiseToPay;
  dispute?: Dispute;
}

const REASONS: Record<DisputeCategory, DisputeReason> = {
  fees: "fee-dispute",
  duplicate: "fee-dispute",
  "not-authorized": "fee-dispute",
  "not-received": "not-received",
  ebilling: "ebilling-rejection",
  other: "other",
};

/**
 * The answer to each reading: a reply with its own wording, the general reply (a question, anything
 * else), or none (an out-of-office message needs no answer).
 */
export const ANSWERS: Record<MessageKind, ReplyKind | "general" | "none"> = {
  promise: "promise",
  dispute: "dispute",
  hardship: "hardship",
  paid: "paid",
  remittance: "remittance",
  "wrong-contact": "wrong-contact",
  "out-of-office": "none",
  question: "general",
  other: "general",
};

export async function acceptClassification(
  store: TenantStore,
  principal: Principal,
  input: AcceptInput,
  deps: ActionDeps & Omit<CreateDraftDeps, "asOf" | "now">,
): Promise<Result<Accepted>> {
  const client = await loadVisibleClient(store, principal, input.clientId);
  if (!client.ok) return client;
  const c = (input.classification ?? {}) as Partial<Classification>;
  if (!MESSAGE_KINDS.includes(c.kind as MessageKind))
    return fail("VALIDATION", `classification.kind must be one of ${MESSAGE_KINDS.join(", ")}`);
  const kind = c.kind as MessageKind;
  const inbound = neutralizeInbound(input.inbound);
  const [received] = await store.appendInteractions([
    {
      id: deps.newId(),
      clientId: input.clientId,
      kind: "email-received",
      at: deps.now,
      actorId: principal.userId,
      summary: `Reply read as ${kind}: ${inbound.subject}`.slice(0, 300),
      data: { kind, from: inbound.from, evidence: String(c.evidence ?? "").slice(0, 1000) },
    },
  ]);
  let recorded = received!;
  const out: Omit<Accepted, "recorded" | "draft"> = { paused: false };
  if (kind === "promise") {
    const total = (await store.listInvoices({ clientId: input.clientId, openOnly: true })).reduce(
      (s, i) => s + i.balanceMinor,
      0,
    );
    // A promise without an amount ("we will pay by Friday") is a promise to pay the open balance.
    const amountMinor = c.promise?.amountMinor ?? total;
    const note =
      c.promise?.amountMinor === undefined ? "amount not stated in the reply: open balance" : "from the client's reply";
    const promise = await recordPromise(
      store,
      principal,
      input.clientId,
      { amountMinor, date: c.promise?.date, note },
      deps,
    );
    if (!promise.ok) return promise;
    out.promise = promise.value;
    out.paused = true;
  } else if (kind === "dispute") {
    const reasonCode = REASONS[c.dispute?.category ?? "other"] ?? "other";
    const dispute = await recordDispute(
      store,
      principal,
      input.clientId,
      { reasonCode, note: c.dispute?.reason ?? String(c.evidence ?? "") },
      deps,
    );
    if (!dispute.ok) return dispute;
    out.dispute = dispute.value;
    out.paused = true;
  } else if (kind === "hardship") {
    const [hardship] = await store.appendInteractions([
      {
        id: deps.newId(),
        clientId: input.clientId,
        kind: "hardship",
        at: deps.now,
        actorId: principal.userId,
        summary: "Client reported financial hardship",
        data: { sourceInteractionId: recorded.id },
      },
    ]);
    recorded = hardship!;
  }
  if (out.promise || out.dispute) {
    const kindOf = out.promise ? "promise" : "dispute";
    const latest = await store.listInteractions({ clientId: input.clientId, kinds: [kindOf] });
    recorded = latest.findLast((i) => i.at === deps.now && i.actorId === principal.userId) ?? recorded;
  }
  const answer = ANSWERS[kind];
  if (answer === "none")
    return ok({ recorded, draft: null, noDraftReason: `nothing to answer: the email was read as ${kind}`, ...out });
  const made = await createDraft(
    store,
    principal,
    {
      clientId: input.clientId,
      purpose: "reply",
      channel: "email",
      inbound: input.inbound,
      ...(answer === "general" ? {} : { replyKind: answer }),
    },
    deps,
  );
  if (!made.ok) return ok({ recorded, draft: null, noDraftReason: made.message, ...out });
  return ok({ recorded, draft: made.value, ...out });
}
