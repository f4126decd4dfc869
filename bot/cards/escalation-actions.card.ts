/**
 * The decision forms on the escalation card: one ShowCard per decision, each ending in an
 * `Action.Execute` whose verb names the use case. Inputs carry the card-side rules (required,
 * pattern, min/max); the server checks them again in `parseDecisionInput`.
 */
import { type CardElement, execute, showCard, text } from "./card-kit";
import { amountPattern, ESCALATION_CHOICES, INPUT, LIMITS, VERBS } from "./escalation-inputs";
import type { EscalationCardModel } from "./models";

export function required(input: Record<string, unknown>, label: string, errorMessage: string): CardElement {
  return { ...input, type: input.type as string, label, isRequired: true, errorMessage };
}

export function noteInput(id: string, label: string, isRequired: boolean): CardElement {
  const input = { type: "Input.Text", id, isMultiline: true, maxLength: LIMITS.reason };
  return isRequired ? required(input, label, `Give a reason (up to ${LIMITS.reason} characters)`) : { ...input, label };
}

export function amountInput(id: string, label: string, value: string, currency: string): CardElement {
  return required(
    { type: "Input.Text", id, value, regex: amountPattern(currency), placeholder: "e.g. 1250.00" },
    `${label} (${currency})`,
    "Enter an amount such as 1250.00, no more than the client owes",
  );
}

export function dateInput(
  id: string,
  label: string,
  value: string,
  min: string,
  maxDays: number,
  max: string,
): CardElement {
  return required(
    { type: "Input.Date", id, value, min, max },
    label,
    `Pick a date after today, within ${maxDays} days`,
  );
}

export function decisionActions(m: EscalationCardModel, limits: { min: string; planMax: string; holdMax: string }) {
  const data = { escalationId: m.escalationId };
  const submit = (verb: string, title: string) => [execute(verb, title, data, { style: "positive" })];
  return [
    showCard(
      "Approve escalation",
      [
        required(
          {
            type: "Input.ChoiceSet",
            id: INPUT.option,
            style: "expanded",
            choices: ESCALATION_CHOICES,
            ...(m.recommendedChoice ? { value: m.recommendedChoice } : {}),
          },
          "How should the firm escalate?",
          "Choose one option",
        ),
        noteInput(INPUT.optionNote, "Note for the collector (optional)", false),
      ],
      submit(VERBS.approveEscalation, "Approve escalation"),
    ),
    showCard(
      "Payment plan",
      [
        text("Approve the plan as proposed or change it before approving."),
        required(
          {
            type: "Input.Number",
            id: INPUT.installments,
            value: 3,
            min: LIMITS.minInstallments,
            max: LIMITS.maxInstallments,
          },
          "Number of installments",
          `Between ${LIMITS.minInstallments} and ${LIMITS.maxInstallments}`,
        ),
        dateInput(
          INPUT.planStart,
          "First installment on",
          m.defaults.firstDate,
          limits.min,
          LIMITS.maxPlanStartDays,
          limits.planMax,
        ),
        amountInput(INPUT.planAmount, "Amount under the plan", m.defaults.planAmount, m.currency),
      ],
      submit(VERBS.approvePlan, "Approve plan"),
    ),
    showCard(
      "Hold",
      [
        dateInput(
          INPUT.holdUntil,
          "Pause reminders until",
          m.defaults.holdUntil,
          limits.min,
          LIMITS.maxHoldDays,
          limits.holdMax,
        ),
        noteInput(INPUT.holdReason, "Reason", true),
      ],
      submit(VERBS.holdUntil, "Hold"),
    ),
    showCard(
      "Write off",
      [
        amountInput(INPUT.writeOffAmount, "Amount to write off", m.defaults.writeOffAmount, m.currency),
        noteInput(INPUT.writeOffReason, "Reason", true),
      ],
      submit(VERBS.approveWriteOff, "Approve write-off"),
    ),
    showCard(
      "Reassign",
      [
        required(
          {
            type: "Input.ChoiceSet",
            id: INPUT.reassignTo,
            choices: m.reassignTo.map((p) => ({ title: p.name, value: p.id })),
          },
          "Reassign to",
          "Choose a person",
        ),
        noteInput(INPUT.reassignNote, "Note (optional)", false),
      ],
      submit(VERBS.reassign, "Reassign"),
    ),
  ];
}
