/**
 * Fills the request card's view model: the proposal (installments, or the amount, invoices and
 * reason), the client's standing today (balance, aging, score, history, promises and disputes),
 * the decision once made, and what this viewer may do.
 */
import { DOC, type Dispute, type PromiseToPay } from "../../core/actions/documents";
import { agingReport, daysPastDue } from "../../core/aging/aging";
import { addDays } from "../../core/domain/dates";
import type { Invoice } from "../../core/domain/types";
import { toDecimalString } from "../../core/money/money";
import type { TenantStore } from "../../core/ports/store.port";
import { COMMITTEE } from "../../core/workflow/authority/authority";
import { LIMITS } from "../cards/escalation-inputs";
import type { RequestCardModel } from "../cards/models";
import { loadRef, personalRefId } from "../conversations/refs";
import { principalOf } from "../conversations/turn-identity";
import { type BotEnv, clientUrl } from "../env";
import { COMMITTEE_NAME, decidersOf, routedName } from "../escalations/deciders";
import { HISTORY_KINDS, type Viewer } from "../escalations/escalation-view";
import { agingLines, instant, money } from "../views/format";
import { type ApprovalRequest, amountOf, requesterOf, stateOf } from "./requests";

const SHOWN_INVOICES = 6;

const byDue = (a: Invoice, b: Invoice) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0);

function decisionView(r: ApprovalRequest): RequestCardModel["decision"] {
  const d = r.body.decision;
  if (!d) return undefined;
  const currency = r.body.currency;
  const proposed = r.kind === "plan" ? r.body.decision?.proposed : undefined;
  const details: [string, string][] = [];
  if (d.note) details.push([d.approved ? "Note" : "Reason", d.note]);
  if (proposed) {
    details.push([
      "As proposed",
      `${proposed.installments.length} installments, ${money(proposed.totalMinor, currency)}`,
    ]);
  }
  if (r.kind === "write-off" && r.body.credits?.length) {
    const total = r.body.credits.reduce((s, c) => s + c.amountMinor, 0);
    details.push(["Credited", `${money(total, currency)} on ${r.body.credits.length} invoice(s)`]);
  }
  const label = d.approved ? (proposed ? "Approved with changes" : "Approved") : "Rejected";
  return { label, byName: d.decidedByName, at: instant(d.decidedAt), details };
}

/** Who may decide, in words, for the read-only card. */
function whoCan(routedTo: string, name: (id: string) => string, routedIsManager: boolean): string {
  if (routedTo === COMMITTEE) return COMMITTEE_NAME;
  return `${name(routedTo)} (or ${routedIsManager ? "another" : "a"} collections manager)`;
}

export async function requestModel(
  env: BotEnv,
  store: TenantStore,
  r: ApprovalRequest,
  viewer: Viewer,
  notice?: string,
): Promise<RequestCardModel> {
  const asOf = env.today();
  const body = r.body;
  const [client, users, invoices, history, promises, disputes, deciders] = await Promise.all([
    store.getClient(body.clientId),
    store.listUsers(),
    store.listInvoices({ clientId: body.clientId }),
    store.listInteractions({ clientId: body.clientId }),
    store.documents.list<PromiseToPay>(DOC.promise, { clientId: body.clientId }),
    store.documents.list<Dispute>(DOC.dispute, { clientId: body.clientId }),
    decidersOf(store, body),
  ]);
  const deciderRefs = await Promise.all(deciders.map((id) => loadRef(store, personalRefId(id))));
  const name = (id: string) => users.find((u) => u.id === id)?.displayName ?? id;
  const routedUser = users.find((u) => u.id === deciders[0]);
  const scorer = viewer.principal ?? (routedUser ? principalOf(routedUser) : undefined);
  const [score, canDecide] = await Promise.all([
    scorer ? env.scores(store, scorer, body.clientId, asOf) : Promise.resolve(null),
    viewer.principal
      ? env.decisions.mayDecide(store, viewer.principal, { routedTo: body.routedTo, requester: requesterOf(r).userId })
      : Promise.resolve(false),
  ]);

  const row = client
    ? (agingReport({ invoices, clients: new Map([[client.id, client]]) }, asOf, "client").rows[0] ?? null)
    : null;
  const currency = row?.currency ?? body.currency;
  const open = invoices.filter((i) => i.status === "open" && i.balanceMinor > 0 && i.invoiceDate <= asOf);
  const covered = invoices.filter((i) => body.invoiceIds.includes(i.id)).sort(byDue);
  const credited = new Map(
    (r.kind === "write-off" ? (r.body.credits ?? []) : []).map((c) => [c.invoiceId, c.amountMinor]),
  );
  const requester = requesterOf(r);
  const state = stateOf(r);
  const decision = decisionView(r);
  const firstDue = r.kind === "plan" ? r.body.installments[0]?.dueDate : undefined;
  const latestStart = addDays(asOf, LIMITS.maxPlanStartDays);
  const note = r.kind === "plan" ? r.body.note : r.body.reason;
  return {
    kind: r.kind,
    id: body.id,
    clientId: body.clientId,
    clientName: client?.name ?? body.clientId,
    clientUrl: clientUrl(env, body.clientId),
    amount: money(amountOf(r), body.currency),
    currency: body.currency,
    outstanding: money(row?.totalMinor ?? 0, currency),
    openInvoiceCount: open.length,
    oldestDaysPastDue: Math.max(0, ...open.map((i) => daysPastDue(i, asOf))),
    aging: agingLines(row?.buckets ?? {}, currency),
    score,
    history: history
      .filter((h) => HISTORY_KINDS.has(h.kind))
      .slice(-5)
      .reverse()
      .map((h) => ({ at: h.at.slice(0, 10), text: h.summary })),
    promises: {
      open: promises.filter((p) => p.body.status === "open").length,
      broken: promises.filter((p) => p.body.status === "broken").length,
    },
    disputes: { open: disputes.filter((d) => d.body.status === "open").length },
    installments:
      r.kind === "plan"
        ? r.body.installments.map((i) => ({
            seq: i.seq,
            dueDate: i.dueDate,
            amount: money(i.amountMinor, body.currency),
          }))
        : [],
    invoices: covered.slice(0, SHOWN_INVOICES).map((i) => ({
      number: i.number,
      dueDate: i.dueDate,
      amount: credited.has(i.id)
        ? `${money(credited.get(i.id)!, i.currency)} written off`
        : `${money(i.balanceMinor, i.currency)} owed`,
    })),
    moreInvoices: Math.max(0, covered.length - SHOWN_INVOICES),
    ...(note ? { note } : {}),
    requestedByName: name(requester.userId),
    requestedAt: instant(requester.at),
    routedToName: routedName(body.routedTo, name),
    status: state,
    ...(decision ? { decision } : {}),
    viewer: canDecide
      ? { mode: "decide" }
      : {
          mode: "read-only",
          whoCan: whoCan(body.routedTo, name, routedUser?.roles.includes("manager") ?? false),
        },
    ...(notice ? { notice } : {}),
    refreshUserIds: [
      ...new Set([...deciderRefs.map((ref) => ref?.teamsUserId), viewer.teamsUserId].filter((x): x is string => !!x)),
    ],
    defaults: {
      installments: Math.min(
        LIMITS.maxInstallments,
        Math.max(LIMITS.minInstallments, r.kind === "plan" ? r.body.installments.length : 0),
      ),
      startDate: firstDue && firstDue > asOf && firstDue <= latestStart ? firstDue : addDays(asOf, 7),
      amount: toDecimalString(amountOf(r), body.currency),
    },
  };
}
