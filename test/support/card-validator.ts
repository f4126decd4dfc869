/**
 * Validates Adaptive Cards the way a renderer would: the `adaptivecards` parser (its dist bundle,
 * the only build that loads in Node without a DOM) catches unknown types, bad enums, missing or
 * duplicate ids and empty choices; our own checks add what it misses: version 1.5, a verb on every
 * Action.Execute, unique input ids across show-cards, labels on required inputs.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface AcModule {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: { message: string }[] };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
}

const ac = require("adaptivecards/dist/adaptivecards.min.js") as AcModule;

type Node = Record<string, unknown>;

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (node && typeof node === "object") {
    visit(node as Node);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

export function cardProblems(card: unknown, allowedVerbs?: readonly string[]): string[] {
  const problems: string[] = [];
  const parsed = new ac.AdaptiveCard();
  const context = new ac.SerializationContext();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);

  const top = card as Node;
  if (top.type !== "AdaptiveCard" || top.version !== "1.5") problems.push("not an Adaptive Card of version 1.5");
  const ids = new Map<string, number>();
  walk(card, (n) => {
    if (n.type === "Action.Execute") {
      if (typeof n.verb !== "string" || n.verb === "") problems.push("Action.Execute without a verb");
      else if (allowedVerbs && !allowedVerbs.includes(n.verb)) problems.push(`unknown verb ${n.verb}`);
    }
    if (typeof n.type === "string" && n.type.startsWith("Input.")) {
      const id = String(n.id ?? "");
      if (!id) problems.push(`${n.type} without an id`);
      ids.set(id, (ids.get(id) ?? 0) + 1);
      if (n.isRequired && (!n.label || !n.errorMessage))
        problems.push(`required input ${id} needs label and errorMessage`);
    }
  });
  for (const [id, count] of ids) if (count > 1) problems.push(`input id ${id} used ${count} times`);
  return problems;
}

export function inputIds(card: unknown): string[] {
  const out: string[] = [];
  walk(card, (n) => {
    if (typeof n.type === "string" && n.type.startsWith("Input.")) out.push(String(n.id));
  });
  return out;
}

export function verbsOf(card: unknown): string[] {
  const out: string[] = [];
  walk(card, (n) => {
    if (n.type === "Action.Execute" && typeof n.verb === "string") out.push(n.verb);
  });
  return out;
}
