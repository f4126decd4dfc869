/**
 * Which follow-up sequence an invoice gets: the first rule whose every condition holds (client
 * segment, the matter's practice group and sensitivity, the billing partner, named clients), else
 * the firm's default sequence.
 */
import type { Client, Matter } from "../../domain/types";
import type { Sequence, SequenceRule, WorkflowConfig } from "./types";

export function segmentOf(client: Pick<Client, "consumer">): "consumer" | "business" {
  return client.consumer ? "consumer" : "business";
}

export function ruleMatches(
  rule: SequenceRule,
  client: Pick<Client, "id" | "consumer" | "billingPartnerId">,
  matter: Pick<Matter, "practiceGroup" | "sensitive"> | undefined,
): boolean {
  const w = rule.when;
  if (w.segment !== undefined && w.segment !== segmentOf(client)) return false;
  if (w.practiceGroup !== undefined && w.practiceGroup !== matter?.practiceGroup) return false;
  if (w.sensitive !== undefined && w.sensitive !== Boolean(matter?.sensitive)) return false;
  if (w.billingPartnerId !== undefined && w.billingPartnerId !== client.billingPartnerId) return false;
  if (w.clientIds !== undefined && !w.clientIds.includes(client.id)) return false;
  return true;
}

/** Builds the lookup once per run: the engine asks it for every open invoice. */
export function sequenceSelector(
  config: WorkflowConfig,
): (
  client: Pick<Client, "id" | "consumer" | "billingPartnerId">,
  matter?: Pick<Matter, "practiceGroup" | "sensitive">,
) => Sequence {
  const byId = new Map(config.sequences.map((s) => [s.id, s]));
  const rules = config.rules.flatMap((rule) => {
    const seq = byId.get(rule.sequenceId);
    return seq ? [{ rule, seq }] : [];
  });
  const fallback = byId.get(config.defaultSequenceId) ?? config.sequences[0];
  if (!fallback) throw new Error("a workflow configuration always has a sequence");
  return (client, matter) => rules.find(({ rule }) => ruleMatches(rule, client, matter))?.seq ?? fallback;
}

export function sequenceFor(
  config: WorkflowConfig,
  client: Pick<Client, "id" | "consumer" | "billingPartnerId">,
  matter: Pick<Matter, "practiceGroup" | "sensitive"> | undefined,
): Sequence {
  return sequenceSelector(config)(client, matter);
}
