/**
 * `my approvals`: what waits for the asking user. Escalations open their full card; plans and
 * write-offs proposed outside an escalation are approved or rejected right here, or opened as
 * their own card (evidence, changed terms, a reason for rejecting).
 */
import {
  adaptiveCard,
  type AdaptiveCardJson,
  type CardElement,
  container,
  execute,
  heading,
  plain,
  section,
  subtle,
  text,
} from "./card-kit";
import { VERBS } from "./escalation-inputs";
import type { ApprovalsCardModel } from "./models";

function request(r: ApprovalsCardModel["requests"][number]): CardElement {
  const data = { kind: r.kind, id: r.id };
  return container(
    [
      text(`${r.kind === "plan" ? "Payment plan" : "Write-off"}: ${plain(r.clientName)} · ${r.amount}`, {
        weight: "Bolder",
      }),
      text(plain(r.detail), { spacing: "None" }),
      subtle(`Requested ${r.requestedAt}`),
      {
        type: "ActionSet",
        actions: [
          execute(VERBS.decideRequest, "Approve", { ...data, approve: true }, { style: "positive" }),
          execute(VERBS.decideRequest, "Reject", { ...data, approve: false }, { style: "destructive" }),
          // The full card: the evidence, changing a plan's terms, rejecting with a reason.
          execute(VERBS.refreshRequest, "Open card", data),
        ],
      },
    ],
    { separator: true },
  );
}

export function approvalsCard(m: ApprovalsCardModel): AdaptiveCardJson {
  const count = m.items.length + m.requests.length;
  return adaptiveCard([
    heading(count ? `My approvals (${count})` : "My approvals"),
    ...(m.notice ? [text(plain(m.notice), { color: "Attention" })] : []),
    ...(count === 0 ? [text("Nothing is waiting for your decision.")] : []),
    ...m.items.map((item) =>
      container(
        [
          text(`${plain(item.clientName)} · ${item.outstanding}`, { weight: "Bolder" }),
          text(plain(item.reason), { spacing: "None" }),
          subtle(`Escalation requested ${item.requestedAt}. Select to open its card.`),
        ],
        { separator: true, selectAction: execute(VERBS.open, "Open", { escalationId: item.escalationId }) },
      ),
    ),
    ...(m.requests.length ? [section("Plans and write-offs", m.requests.map(request))] : []),
  ]);
}
