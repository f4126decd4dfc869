/**
 * Who may be contacted, how, and how often. Opted-out contacts are never addressed on any channel;
 * consumer clients get the stricter rules (debt-collection practice: fewer channels, a longer
 * interval, a weekly cap, no final-tone wording). Internal partner tasks contact nobody and pass.
 */
import { daysBetween } from "../../domain/dates";
import type { Client, IsoDate } from "../../domain/types";
import type { Tone } from "../../drafting/types";
import type { ContactRules, GuardrailConfig, StepChannel } from "../config/types";

export type ContactSkipReason = "opt-out" | "no-recipient" | "no-channel" | "min-interval" | "weekly-cap";

export interface ContactHistory {
  lastContactDate?: IsoDate;
  contactsLast7Days: number;
}

export type ContactDecision =
  | { ok: true; channel: StepChannel; tone: Tone; to: string[]; notes: string[] }
  | { ok: false; reason: ContactSkipReason };

export function contactRulesFor(client: Pick<Client, "consumer">, guardrails: GuardrailConfig): ContactRules {
  return client.consumer ? guardrails.consumer : guardrails.business;
}

function recipientsFor(client: Client, channel: StepChannel): string[] {
  const reachable = client.contacts.filter((c) => !c.optOut);
  if (channel === "email") return reachable.map((c) => c.email);
  if (channel === "sms" || channel === "call-task") return reachable.flatMap((c) => (c.phone ? [c.phone] : []));
  if (channel === "letter") return reachable.length ? [reachable[0]!.name ?? client.name] : [];
  return [];
}

/** Picks the step's channel, or the first allowed fallback (preferred channel, email, letter) that reaches someone. */
function pickChannel(
  client: Client,
  wanted: StepChannel,
  rules: ContactRules,
): { channel: StepChannel; to: string[] } | undefined {
  const candidates: StepChannel[] = [wanted, client.preferredChannel, "email", "letter"];
  for (const channel of candidates) {
    if (!rules.channels.includes(channel)) continue;
    const to = recipientsFor(client, channel);
    if (to.length) return { channel, to };
  }
  return undefined;
}

/** Decides whether `client` may be contacted today for a step on `channel` with `tone`, and how. */
export function checkContact(input: {
  client: Client;
  channel: StepChannel;
  tone: Tone;
  asOf: IsoDate;
  history: ContactHistory;
  guardrails: GuardrailConfig;
}): ContactDecision {
  const { client, asOf, history } = input;
  if (input.channel === "partner-task")
    return { ok: true, channel: "partner-task", tone: input.tone, to: [], notes: [] };
  if (client.contacts.length > 0 && client.contacts.every((c) => c.optOut)) return { ok: false, reason: "opt-out" };
  const rules = contactRulesFor(client, input.guardrails);
  if (history.lastContactDate !== undefined && daysBetween(history.lastContactDate, asOf) < rules.minIntervalDays)
    return { ok: false, reason: "min-interval" };
  if (rules.maxTouchesPer7Days > 0 && history.contactsLast7Days >= rules.maxTouchesPer7Days)
    return { ok: false, reason: "weekly-cap" };
  const picked = pickChannel(client, input.channel, rules);
  if (!picked) return { ok: false, reason: rules.channels.includes(input.channel) ? "no-recipient" : "no-channel" };
  const notes: string[] = [];
  if (picked.channel !== input.channel)
    notes.push(`channel ${input.channel} not allowed or unreachable; ${picked.channel} used`);
  let tone = input.tone;
  if (tone === "final" && !rules.allowFinalTone) {
    tone = "firm";
    notes.push("final tone not allowed for this client; firm tone used");
  }
  return { ok: true, channel: picked.channel, tone, to: picked.to, notes };
}
