import { describe, expect, it } from "vitest";
import { DEFAULT_WORKFLOW_CONFIG } from "./defaults";
import { parseWorkflowConfig } from "./schema";
import { sequenceFor } from "./select-sequence";
import { dueDateFor, effectiveDueDate, termsFor } from "./terms";
import type { WorkflowConfig } from "./types";

const clone = () => structuredClone(DEFAULT_WORKFLOW_CONFIG) as WorkflowConfig;

describe("parseWorkflowConfig", () => {
  it("accepts the default configuration unchanged", () => {
    const parsed = parseWorkflowConfig(JSON.parse(JSON.stringify(DEFAULT_WORKFLOW_CONFIG)));
    expect(parsed).toEqual({ ok: true, value: DEFAULT_WORKFLOW_CONFIG });
  });

  it.each<[string, (c: WorkflowConfig & Record<string, unknown>) => void, string]>([
    ["an unknown key", (c) => (c.colour = "blue"), "(root)"],
    ["a typo inside a step", (c) => Object.assign(c.sequences[0]!.steps[0]!, { ofset: 3 }), "sequences.0.steps.0"],
    [
      "a duplicate step id",
      (c) => (c.sequences[0]!.steps[1]!.id = "pre-7"),
      "sequences.0.steps.1.id: duplicate step id pre-7",
    ],
    [
      "offsets that go backwards",
      (c) => (c.sequences[0]!.steps[2]!.offsetDays = -10),
      "sequences.0.steps.2.offsetDays",
    ],
    ["a rule naming no sequence", (c) => (c.rules[0]!.sequenceId = "gone"), "rules.0.sequenceId: no sequence gone"],
    ["a missing default sequence", (c) => (c.defaultSequenceId = "gone"), "defaultSequenceId: no sequence gone"],
    ["an invalid holiday", (c) => (c.guardrails.holidays = ["2026-02-30"]), "guardrails.holidays.0"],
    ["an hour of 24", (c) => (c.guardrails.business.quietHours.endHour = 24), "guardrails.business.quietHours.endHour"],
    [
      "an unknown channel",
      (c) => ((c.sequences[0]!.steps[0]! as { channel: string }).channel = "fax"),
      "sequences.0.steps.0.channel",
    ],
    [
      "a fractional limit",
      (c) => (c.authority.limits["write-off"].partner = 10.5),
      "authority.limits.write-off.partner",
    ],
  ])("refuses %s and names the path", (_name, mutate, path) => {
    const config = clone() as WorkflowConfig & Record<string, unknown>;
    mutate(config);
    const parsed = parseWorkflowConfig(config);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.code).toBe("VALIDATION");
      expect(parsed.message).toContain(path);
    }
  });
});

describe("payment terms", () => {
  it.each([
    ["2026-01-15", { kind: "net", days: 30 }, "2026-02-14"],
    ["2026-01-15", { kind: "net", days: 15 }, "2026-01-30"],
    ["2026-12-20", { kind: "net", days: 45 }, "2027-02-03"],
    ["2026-02-10", { kind: "eom", days: 0 }, "2026-02-28"],
    ["2026-02-10", { kind: "eom", days: 15 }, "2026-03-15"],
    ["2028-02-10", { kind: "eom", days: 0 }, "2028-02-29"],
    ["2026-01-31", { kind: "eom", days: 30 }, "2026-03-02"],
  ] as const)("invoice of %s under %o is due %s", (invoiceDate, terms, due) => {
    expect(dueDateFor(invoiceDate, terms)).toBe(due);
  });

  const terms = {
    default: { kind: "net", days: 30 },
    clients: { "CL-1": { kind: "net", days: 60 } },
    matters: { "CL-1|M-2": { kind: "eom", days: 0 } },
  } as const;
  it.each([
    [
      { clientId: "CL-1", matterId: "CL-1|M-2" },
      { kind: "eom", days: 0 },
    ],
    [
      { clientId: "CL-1", matterId: "CL-1|M-9" },
      { kind: "net", days: 60 },
    ],
    [{ clientId: "CL-2" }, { kind: "net", days: 30 }],
  ])("matter beats client beats firm default: %o", (invoice, expected) => {
    expect(termsFor(invoice, structuredClone(terms) as never)).toEqual(expected);
  });

  it("keeps the billing system's due date when no terms are configured", () => {
    const invoice = { clientId: "CL-1", invoiceDate: "2026-01-15", dueDate: "2026-03-01" };
    expect(effectiveDueDate(invoice, { default: null, clients: {}, matters: {} })).toBe("2026-03-01");
    expect(effectiveDueDate(invoice, { default: { kind: "net", days: 15 }, clients: {}, matters: {} })).toBe(
      "2026-01-30",
    );
  });
});

describe("sequence selection", () => {
  const config = clone();
  config.rules.push({ sequenceId: "sensitive", when: { billingPartnerId: "u-delgado", practiceGroup: "Tax" } });
  it.each([
    ["a consumer", { id: "C1", consumer: true }, undefined, "consumer"],
    ["a business client on a sensitive matter", { id: "C2" }, { sensitive: true }, "sensitive"],
    [
      "a consumer on a sensitive matter (first rule wins)",
      { id: "C3", consumer: true },
      { sensitive: true },
      "consumer",
    ],
    ["a business client", { id: "C4" }, { practiceGroup: "Tax" }, "standard"],
    ["Delgado's tax matter", { id: "C5", billingPartnerId: "u-delgado" }, { practiceGroup: "Tax" }, "sensitive"],
    [
      "Delgado's corporate matter",
      { id: "C6", billingPartnerId: "u-delgado" },
      { practiceGroup: "Corporate" },
      "standard",
    ],
  ])("%s gets %s", (_name, client, matter, expected) => {
    expect(sequenceFor(config, client, matter).id).toBe(expected);
  });
});
