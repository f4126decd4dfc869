/**
 * The managers' weekly digest: where AR stands and moved, how well it is being collected, who
 * needs attention, and the before/after-Nudge baseline the firm asked to be measured on.
 */
import {
  adaptiveCard,
  type AdaptiveCardJson,
  bar,
  facts,
  heading,
  openUrl,
  plain,
  section,
  subtle,
  text,
} from "./card-kit";
import type { DigestCardModel } from "./models";

const num = (v: number | null, unit = "") => (v === null ? "n/a" : `${v}${unit}`);
const signed = (v: number | null, unit = "") => (v === null ? "" : ` (${v > 0 ? "+" : ""}${v}${unit} on last week)`);

function baseline(m: DigestCardModel) {
  if (!m.baseline) return [subtle("No baseline yet: the firm's Nudge start date is not set.")];
  const { before, after, since } = m.baseline;
  return [
    subtle(`From Nudge's own records: ${before.from} to ${before.to}, and since Nudge started on ${since}.`),
    facts([
      ["Days to pay", `${num(before.daysToPay)} before → ${num(after.daysToPay)} after`],
      ["Time per collection cycle", `${num(before.cycleDays)} → ${num(after.cycleDays)} days from overdue to paid`],
      ["Touches per cycle", `${num(before.touchesPerCycle)} before → ${num(after.touchesPerCycle)} after`],
      ["Invoices paid", `${before.invoices} before / ${after.invoices} after`],
    ]),
  ];
}

export function digestCard(m: DigestCardModel): AdaptiveCardJson {
  const atRiskTitle =
    m.atRiskSource === "model" ? "Top at-risk accounts" : "Largest balances over 90 days past due (no model score yet)";
  return adaptiveCard(
    [
      heading(`Weekly collections digest: ${plain(m.firmName)}`),
      subtle(`Week ${m.weekStart} to ${m.weekEnd}`),
      facts([
        ["Total AR", `${m.totalAr} (${m.totalArChange} on last week)`],
        ["DSO", `${num(m.dsoDays, " days")}${signed(m.dsoChange, " days")}`],
        ["CEI (last 90 days)", num(m.ceiPercent, "%")],
        ["Escalations", `${m.escalations.pending} pending, ${m.escalations.decided} decided this week`],
        ["Promises due this week", `${m.promises.due} (kept ${m.promises.kept}, broken ${m.promises.broken})`],
        ["Write-offs this week", `${m.writeOffs.count}, ${m.writeOffs.amount}`],
      ]),
      section(
        "Aging shift (this week vs last week)",
        m.buckets.map((b) => bar(b.label, b.share, `${b.now} (${b.change})`)),
      ),
      section(
        atRiskTitle,
        m.atRisk.length
          ? m.atRisk.map((a) => text(`[${plain(a.clientName)}](${a.url}) · ${a.balance} · ${plain(a.reason)}`))
          : [subtle("None this week.")],
      ),
      section(
        "Collector activity",
        m.collectors.length
          ? [facts(m.collectors.map((c) => [plain(c.name), `${c.touches} touches on ${c.accounts} accounts`]))]
          : [subtle("No touches logged this week.")],
      ),
      section("Baseline: before and after Nudge", baseline(m)),
    ],
    { actions: [openUrl("Open the dashboard", m.dashboardUrl)] },
  );
}
