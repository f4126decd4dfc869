/**
 * Fills the escalation card's view model: the evidence frozen at request time (what the specialist
 * saw), the live history, promises and disputes, the score, the decision, and what this viewer may do.
 */
import { DOC, type Dispute, type Escalation, type PromiseToPay } from "../../core/actions/documents";
import { addDays } from "../../core/domain/dates";
import type { Interaction, User } from "../../core/domain/types";
import { toDecimalString } from "../../core/money/money";
import type { Principal } from "../../core/ports/principal";
import type { TenantStore } from "../../core/ports/store.port";
import type { EscalationCardModel, EscalationDecisionView } from "../cards/models";
import { loadRef, personalRefId } from "../conversations/refs";
import { principalOf } from "../conversations/turn-identity";
import { type BotEnv, clientUrl } from "../env";
import { agingLines, instant, money } from "../views/format";
import { COMMITTEE } from "../../core/workflow/authority/authority";
import { COMMITTEE_NAME, decidersOf, routedName } from "./deciders";
import { OPTION_LABELS, recommend } from "./recommend";

/** The touches a decider sees in a card's history. */
export const HISTORY_KINDS = new Set<Interaction["kind"]>([
  "email-sent",
  "call",
  "letter",
  "sms",
  "promise",
  "dispute",
  "note",
]);

/** Who an escalation may be handed to: the firm's other partners and managers. */
export function reassignCandidates(users: User[], routedTo: string): { id: string; name: string }[] {
  return users
    .filter((u) => u.id !== routedTo && u.roles.some((r) => r === "partner" || r === "manager"))
    .map((u) => ({ id: u.id, name: u.displayName }));
}

export interface Viewer {
  principal?: Principal;
  teamsUserId?: string;
}

function decisionView(e: Escalation): EscalationDecisionView | undefined {
  const d = e.decision;
  if (!d) return undefined;
  const details: [string, string][] = Object.entries(d.details ?? {})
    .filter(([, v]) => v !== undefined && v !== null && typeof v !== "object")
    .map(([k, v]) => [k, /Minor$/.test(k) && typeof v === "number" ? money(v, e.evidence.currency) : String(v)]);
  return { label: OPTION_LABELS[d.option] ?? d.option, byName: d.decidedByName, at: instant(d.decidedAt), details };
}

export async function escalationModel(
  env: BotEnv,
  store: TenantStore,
  escalation: Escalation,
  viewer: Viewer,
  notice?: string,
): Promise<EscalationCardModel> {
  const e = escalation;
  const asOf = env.today();
  const [client, matters, users, history, promises, disputes, deciders] = await Promise.all([
    store.getClient(e.clientId),
    store.listMatters(e.clientId),
    store.listUsers(),
    store.listInteractions({ clientId: e.clientId }),
    store.documents.list<PromiseToPay>(DOC.promise, { clientId: e.clientId }),
    store.documents.list<Dispute>(DOC.dispute, { clientId: e.clientId }),
    decidersOf(store, e),
  ]);
  const deciderRefs = await Promise.all(deciders.map((id) => loadRef(store, personalRefId(id))));
  const name = (id: string) => users.find((u) => u.id === id)?.displayName ?? id;
  const routedUser = users.find((u) => u.id === deciders[0]);
  const scorer = viewer.principal ?? (routedUser ? principalOf(routedUser) : undefined);
  const score = scorer ? await env.scores(store, scorer, e.clientId, asOf) : null;
  const canDecide = viewer.principal ? await env.decisions.mayDecide(store, viewer.principal, e) : false;
  const ev = e.evidence;
  const over90 = (ev.aging.d91_120 ?? 0) + (ev.aging.d120_plus ?? 0);
  const recommendation = recommend({
    ...(e.requestedOption ? { requestedOption: e.requestedOption } : {}),
    ...(score?.segment ? { segment: score.segment } : {}),
    oldestDaysPastDue: ev.oldestDaysPastDue,
  });
  const decision = decisionView(e);
  const proposed = (option: string) => (e.proposal?.option === option ? e.proposal.amountMinor : undefined);
  return {
    escalationId: e.id,
    clientId: e.clientId,
    clientName: client?.name ?? e.clientId,
    clientUrl: clientUrl(env, e.clientId),
    matters: matters.slice(0, 5).map((m) => m.name),
    outstanding: money(ev.totalOutstandingMinor, ev.currency),
    currency: ev.currency,
    openInvoiceCount: ev.openInvoiceCount,
    oldestDaysPastDue: ev.oldestDaysPastDue,
    aging: agingLines(ev.aging, ev.currency),
    score,
    history: history
      .filter((h) => HISTORY_KINDS.has(h.kind))
      .slice(-5)
      .reverse()
      .map((h) => ({ at: h.at.slice(0, 10), text: h.summary })),
    promises: {
      open: ev.openPromises,
      broken: ev.brokenPromises,
      lines: promises
        .slice(-3)
        .map((p) => `${money(p.body.amountMinor, p.body.currency)} by ${p.body.promisedDate} (${p.body.status})`),
    },
    disputes: {
      open: ev.openDisputes,
      lines: disputes.filter((d) => d.body.status === "open").map((d) => `Dispute: ${d.body.reasonCode}`),
    },
    collectorNote: ev.collectorNote,
    requestedByName: name(e.requestedBy),
    requestedAt: instant(e.requestedAt),
    recommended: recommendation.text,
    ...(recommendation.choice ? { recommendedChoice: recommendation.choice } : {}),
    routedToName: routedName(e.routedTo, name),
    ...(e.proposal
      ? {
          proposal: `${name(e.proposal.proposedBy)} chose ${OPTION_LABELS[e.proposal.option]} for ${money(e.proposal.amountMinor, ev.currency)}, above their approval authority.`,
        }
      : {}),
    status: e.status,
    ...(decision ? { decision } : {}),
    viewer: canDecide
      ? { mode: "decide" }
      : {
          mode: "read-only",
          whoCan: e.routedTo === COMMITTEE ? COMMITTEE_NAME : `${name(e.routedTo)} (or a collections manager)`,
        },
    ...(notice ? { notice } : {}),
    refreshUserIds: [
      ...new Set([...deciderRefs.map((r) => r?.teamsUserId), viewer.teamsUserId].filter((x): x is string => !!x)),
    ],
    defaults: {
      planAmount: toDecimalString(proposed("payment-plan") ?? ev.totalOutstandingMinor, ev.currency),
      writeOffAmount: toDecimalString(
        proposed("write-off") ?? (over90 > 0 ? over90 : ev.totalOutstandingMinor),
        ev.currency,
      ),
      firstDate: addDays(asOf, 7),
      holdUntil: addDays(asOf, 14),
    },
    reassignTo: reassignCandidates(users, e.routedTo),
  };
}
