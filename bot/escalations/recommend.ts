/**
 * The option the card recommends. The collector's requested option wins; then the model's segment
 * when a model scored the client; otherwise the firm's default escalation steps (partner letter
 * from 45 days past due, committee from 60), named as such so the partner knows where it came from.
 */
import type { EscalationOption } from "../../core/actions/documents";
import type { EscalationChoice } from "../cards/models";

export const OPTION_LABELS: Record<EscalationOption | "reassign" | "decline", string> = {
  "partner-call": "Partner call to the client",
  "partner-letter": "Partner letter",
  committee: "Refer to the billing & collections committee",
  "suspend-work": "Suspend new work",
  "payment-plan": "Payment plan",
  hold: "Hold reminders",
  "write-off": "Write-off",
  reassign: "Reassigned",
  decline: "Declined",
};

const SEGMENT_OPTION: Record<string, EscalationOption> = {
  "partner-intervention": "partner-call",
  "payment-plan-candidate": "payment-plan",
  "write-off-review": "write-off",
};

const CHOICES = new Set<string>(["partner-call", "partner-letter", "committee", "suspend-work"]);

export function recommend(input: { requestedOption?: EscalationOption; segment?: string; oldestDaysPastDue: number }): {
  text: string;
  choice?: EscalationChoice;
} {
  const pick = (option: EscalationOption, why: string) => ({
    text: `${OPTION_LABELS[option]} (${why})`,
    ...(CHOICES.has(option) ? { choice: option as EscalationChoice } : {}),
  });
  if (input.requestedOption) return pick(input.requestedOption, "requested by the collector");
  const fromModel = input.segment ? SEGMENT_OPTION[input.segment] : undefined;
  if (fromModel) return pick(fromModel, "from the payment-likelihood model");
  if (input.oldestDaysPastDue >= 60) return pick("committee", "firm's default escalation steps: 60+ days");
  if (input.oldestDaysPastDue >= 45) return pick("partner-letter", "firm's default escalation steps: 45+ days");
  return pick("partner-call", "firm's default escalation steps");
}
