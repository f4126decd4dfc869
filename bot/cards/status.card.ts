/** `status <client>`: where the client stands today, with the score and why. */
import {
  adaptiveCard,
  type AdaptiveCardJson,
  bar,
  execute,
  facts,
  heading,
  openUrl,
  plain,
  section,
  subtle,
  text,
} from "./card-kit";
import { VERBS } from "./escalation-inputs";
import type { StatusCardModel } from "./models";

export function statusCard(m: StatusCardModel, pendingEscalationId?: string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading(plain(m.clientName)),
      subtle(`${m.clientId} · as of ${m.asOf}`),
      facts([
        ["Outstanding", m.outstanding],
        ["Open invoices", String(m.openInvoiceCount)],
        ["Oldest", `${m.oldestDaysPastDue} days past due`],
        ["Billing partner", plain(m.billingPartner ?? "—")],
        ["Collector", plain(m.collector ?? "—")],
        ["Promises / disputes", `${m.openPromises} open / ${m.openDisputes} open`],
      ]),
      section(
        "Aging",
        m.aging.map((a) => bar(a.label, a.share, a.amount)),
      ),
      section(
        "Payment likelihood",
        m.score
          ? [text(m.score.headline), ...m.score.reasons.map((r) => text(`• ${plain(r)}`, { spacing: "None" }))]
          : [subtle("Score not available: no model has scored this client yet.")],
      ),
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
