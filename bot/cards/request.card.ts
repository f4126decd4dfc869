/**
 * The approval card for a payment plan or write-off proposed outside an escalation: the proposal,
 * the client's standing as evidence, and the decisions (approve; change a plan's terms and approve;
 * reject with a reason). One builder renders every state (actionable, read-only for someone who may
 * not decide, decided), so a refresh always shows the current truth.
 */
import { addDays } from "../../core/domain/dates";
import {
  adaptiveCard,
  type AdaptiveCardJson,
  type CardElement,
  container,
  execute,
  facts,
  heading,
  openUrl,
  plain,
  section,
  showCard,
  subtle,
  text,
} from "./card-kit";
import { agingSection, balanceFacts, scoreSection } from "./client-standing";
import { amountInput, dateInput, noteInput, required } from "./escalation-actions.card";
import { LIMITS, VERBS } from "./escalation-inputs";
import type { RequestCardModel } from "./models";
import { REQUEST_INPUT } from "./request-inputs";

const NOUN = { plan: "payment plan", "write-off": "write-off" } as const;
const TITLE = { plan: "Payment plan", "write-off": "Write-off" } as const;

function statusBanner(m: RequestCardModel): CardElement[] {
  const out: CardElement[] = [];
  if (m.decision) {
    out.push(
      text(`Decided by ${plain(m.decision.byName)} at ${m.decision.at}: ${m.decision.label}`, {
        color: m.status === "rejected" ? "Attention" : "Good",
        weight: "Bolder",
      }),
    );
    if (m.decision.details.length) out.push(facts(m.decision.details.map(([k, v]) => [k, plain(v)])));
  } else if (m.status === "withdrawn") {
    out.push(text(`This ${NOUN[m.kind]} was withdrawn.`, { color: "Warning", weight: "Bolder" }));
  } else {
    out.push(text(`Waiting for a decision by ${plain(m.routedToName)}`, { color: "Accent", weight: "Bolder" }));
  }
  if (m.notice) out.push(text(plain(m.notice), { color: "Attention" }));
  if (m.status === "pending" && m.viewer.mode === "read-only") {
    out.push(text(`Only ${plain(m.viewer.whoCan)} can decide this ${NOUN[m.kind]}.`, { isSubtle: true }));
  }
  return out;
}

function proposal(m: RequestCardModel): CardElement[] {
  const lines = (items: string[]) => items.map((l) => text(`• ${l}`, { spacing: "None", size: "Small" }));
  const invoices = m.invoices.length
    ? [
        ...lines(m.invoices.map((i) => `Invoice ${plain(i.number)} · due ${i.dueDate} · ${i.amount}`)),
        ...(m.moreInvoices ? [subtle(`and ${m.moreInvoices} more`)] : []),
      ]
    : [subtle("No open invoices.")];
  const who = subtle(`${plain(m.requestedByName)}, ${m.requestedAt}`);
  if (m.kind === "plan") {
    return [
      section(`Proposed plan: ${m.amount} in ${m.installments.length} installment(s)`, [
        facts(m.installments.map((i) => [`${i.seq} · ${i.dueDate}`, i.amount])),
      ]),
      section("Specialist's note", [text(m.note ? plain(m.note) : "No note."), who]),
      section("Invoices covered", invoices),
    ];
  }
  return [
    section(`Write off ${m.amount}`, [facts([["Reason", plain(m.note ?? "—")]]), who]),
    section("Invoices", invoices),
  ];
}

function evidence(m: RequestCardModel): CardElement[] {
  return [
    facts(balanceFacts(m)),
    agingSection(m.aging),
    scoreSection(m.score, (s) => [
      text(s.headline),
      ...(s.segment ? [subtle(s.segment)] : []),
      ...s.reasons.map((r) => text(`• ${plain(r)}`, { spacing: "None", size: "Small" })),
    ]),
    section("History", [
      ...(m.history.length
        ? m.history.map((h) => text(`• ${h.at} ${plain(h.text)}`, { spacing: "None", size: "Small" }))
        : [subtle("No touches logged.")]),
      subtle(`${m.promises.open} open promise(s), ${m.promises.broken} broken; ${m.disputes.open} open dispute(s)`),
    ]),
  ];
}

function decisionActions(m: RequestCardModel, asOf: string): CardElement[] {
  const data = { kind: m.kind, id: m.id };
  const reject = showCard(
    "Reject",
    [noteInput(REQUEST_INPUT.rejectReason, "Reason (the specialist sees it)", true)],
    [execute(VERBS.rejectRequest, "Reject", data, { style: "destructive" })],
  );
  if (m.kind === "write-off") {
    return [execute(VERBS.approveRequest, "Approve write-off", data, { style: "positive" }), reject];
  }
  const modify = showCard(
    "Modify",
    [
      text("Change the terms, then approve: an even split from the first date, as often as proposed."),
      required(
        {
          type: "Input.Number",
          id: REQUEST_INPUT.installments,
          value: m.defaults.installments,
          min: LIMITS.minInstallments,
          max: LIMITS.maxInstallments,
        },
        "Number of installments",
        `Between ${LIMITS.minInstallments} and ${LIMITS.maxInstallments}`,
      ),
      dateInput(
        REQUEST_INPUT.start,
        "First installment on",
        m.defaults.startDate,
        addDays(asOf, 1),
        LIMITS.maxPlanStartDays,
        addDays(asOf, LIMITS.maxPlanStartDays),
      ),
      amountInput(REQUEST_INPUT.amount, "Amount under the plan", m.defaults.amount, m.currency),
    ],
    [execute(VERBS.modifyPlan, "Approve with changes", data, { style: "positive" })],
  );
  return [execute(VERBS.approveRequest, "Approve plan", data, { style: "positive" }), modify, reject];
}

export function requestCard(m: RequestCardModel, asOf: string): AdaptiveCardJson {
  const actionable = m.status === "pending" && m.viewer.mode === "decide";
  return adaptiveCard(
    [
      container([
        heading(`${TITLE[m.kind]} for approval: ${plain(m.clientName)}`),
        subtle(`${m.amount} · routed to ${plain(m.routedToName)}`),
      ]),
      ...statusBanner(m),
      ...proposal(m),
      ...evidence(m),
      { type: "ActionSet", actions: [openUrl("Open in Nudge", m.clientUrl)] },
    ],
    {
      actions: actionable ? decisionActions(m, asOf) : [],
      refresh: {
        action: execute(VERBS.refreshRequest, "Refresh", { kind: m.kind, id: m.id }),
        userIds: m.refreshUserIds,
      },
    },
  );
}
