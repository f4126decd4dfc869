/** `status <client>`: where the client stands today, with the score and why. */
import { adaptiveCard, type AdaptiveCardJson, execute, facts, heading, openUrl, plain, subtle, text } from "./card-kit";
import { agingSection, balanceFacts, scoreSection } from "./client-standing";
import { VERBS } from "./escalation-inputs";
import type { StatusCardModel } from "./models";

export function statusCard(m: StatusCardModel, pendingEscalationId?: string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading(plain(m.clientName)),
      subtle(`${m.clientId} · as of ${m.asOf}`),
      facts([
        ...balanceFacts(m),
        ["Billing partner", plain(m.billingPartner ?? "—")],
        ["Collector", plain(m.collector ?? "—")],
        ["Promises / disputes", `${m.openPromises} open / ${m.openDisputes} open`],
      ]),
      agingSection(m.aging),
      scoreSection(m.score, (s) => [
        text(s.headline),
        ...s.reasons.map((r) => text(`• ${plain(r)}`, { spacing: "None" })),
      ]),
      ...(m.pendingEscalation ? [text("An escalation is waiting for a decision.", { color: "Accent" })] : []),
    ],
    {
      actions: [
        openUrl("Open in Nudge", m.clientUrl),
        ...(pendingEscalationId
          ? [execute(VERBS.open, "Show the escalation", { escalationId: pendingEscalationId })]
          : []),
      ],
    },
  );
}
