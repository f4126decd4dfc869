/**
 * The partner's escalation card: the evidence the specialist saw, the recommended option, and the
 * decisions. The same builder renders every state (pending and actionable, read-only for someone
 * who may not decide, decided), so a refresh always shows the current truth.
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
  subtle,
  text,
} from "./card-kit";
import { agingSection, balanceFacts, scoreSection } from "./client-standing";
import { decisionActions } from "./escalation-actions.card";
import { LIMITS, VERBS } from "./escalation-inputs";
import type { EscalationCardModel } from "./models";

function statusBanner(m: EscalationCardModel): CardElement[] {
  const out: CardElement[] = [];
  if (m.status === "decided" && m.decision) {
    out.push(
      text(`Decided by ${plain(m.decision.byName)} at ${m.decision.at}: ${m.decision.label}`, {
        color: "Good",
        weight: "Bolder",
      }),
    );
    if (m.decision.details.length) out.push(facts(m.decision.details));
  } else if (m.status === "cancelled") {
    out.push(text("This escalation was withdrawn.", { color: "Warning", weight: "Bolder" }));
  } else {
    out.push(text(`Waiting for a decision by ${plain(m.routedToName)}`, { color: "Accent", weight: "Bolder" }));
  }
  if (m.status === "pending" && m.proposal) out.push(text(plain(m.proposal), { color: "Warning" }));
  if (m.notice) out.push(text(plain(m.notice), { color: "Attention" }));
  if (m.status === "pending" && m.viewer.mode === "read-only") {
    out.push(text(`Only ${plain(m.viewer.whoCan)} can decide this escalation.`, { isSubtle: true }));
  }
  return out;
}

function evidence(m: EscalationCardModel): CardElement[] {
  const list = (lines: string[]) => lines.map((l) => text(`• ${plain(l)}`, { spacing: "None", size: "Small" }));
  return [
    facts([...balanceFacts(m), ["Matters", m.matters.length ? plain(m.matters.join("; ")) : "—"]]),
    agingSection(m.aging),
    scoreSection(m.score, (s) => [text(s.headline), ...(s.segment ? [subtle(s.segment)] : []), ...list(s.reasons)]),
    section(
      "History",
      m.history.length ? list(m.history.map((h) => `${h.at} ${h.text}`)) : [subtle("No touches logged.")],
    ),
    section("Promises and disputes", [
      text(`${m.promises.open} open promise(s), ${m.promises.broken} broken; ${m.disputes.open} open dispute(s)`),
      ...list([...m.promises.lines, ...m.disputes.lines]),
    ]),
    section("Collector's note", [
      text(plain(m.collectorNote)),
      subtle(`${plain(m.requestedByName)}, ${m.requestedAt}`),
    ]),
    section("Recommended", [text(m.recommended, { weight: "Bolder" })]),
  ];
}

export function escalationCard(m: EscalationCardModel, asOf: string): AdaptiveCardJson {
  const actionable = m.status === "pending" && m.viewer.mode === "decide";
  const limits = {
    min: addDays(asOf, 1),
    planMax: addDays(asOf, LIMITS.maxPlanStartDays),
    holdMax: addDays(asOf, LIMITS.maxHoldDays),
  };
  const forms = actionable ? decisionActions(m, limits) : [];
  const usable = m.reassignTo.length ? forms : forms.filter((f) => f.title !== "Reassign");
  return adaptiveCard(
    [
      container([heading(`Escalation: ${plain(m.clientName)}`), subtle(`Routed to ${plain(m.routedToName)}`)]),
      ...statusBanner(m),
      ...evidence(m),
      // Hosts show at most five top-level actions: the five decisions; the link sits in the body.
      { type: "ActionSet", actions: [openUrl("Open in Nudge", m.clientUrl)] },
    ],
    {
      actions: usable,
      refresh: {
        action: execute(VERBS.refresh, "Refresh", { escalationId: m.escalationId }),
        userIds: m.refreshUserIds,
      },
    },
  );
}
