import { describe, expect, it } from "vitest";
import type { Client, Invoice } from "../domain/types";
import { DEFAULT_WORKFLOW_CONFIG } from "../workflow/config/defaults";
import type { WorkflowConfig } from "../workflow/config/types";
import { workflowDryRun } from "./workflow-dry-run";

const client = (id: string, consumer = false): Client => ({
  tenantId: "t",
  id,
  name: id,
  contacts: [],
  emailDomains: [],
  language: "en",
  preferredChannel: "email",
  consumer,
});
const inv = (id: string, clientId: string, dueDate: string, extra: Partial<Invoice> = {}): Invoice => ({
  tenantId: "t",
  id,
  clientId,
  number: id,
  invoiceDate: "2026-10-01",
  dueDate,
  amountMinor: 100,
  balanceMinor: 100,
  currency: "USD",
  status: "open",
  disputed: false,
  ...extra,
});
const input = {
  asOf: "2026-11-23",
  clients: [client("A"), client("B"), client("C", true)],
  matters: [],
  openInvoices: [
    inv("a1", "A", "2026-11-10"),
    inv("b1", "B", "2026-10-01"),
    inv("c1", "C", "2026-11-15"),
    inv("d1", "A", "2026-11-10", { disputed: true }),
  ],
};
const edit = (f: (c: WorkflowConfig) => void) => {
  const c = structuredClone(DEFAULT_WORKFLOW_CONFIG);
  f(c);
  return c;
};

describe("workflowDryRun", () => {
  it("finds nobody affected when nothing changes", () => {
    const r = workflowDryRun(DEFAULT_WORKFLOW_CONFIG, DEFAULT_WORKFLOW_CONFIG, input);
    expect(r).toMatchObject({ invoicesChecked: 3, affectedInvoices: 0, affectedAccounts: 0, accounts: [] });
  });

  it.each([
    // +15 moved to +14: a1 (13 days late) has it as its next step; b1 (53 days) and c1 (consumer) do not.
    [
      "a step's offset",
      (c: WorkflowConfig) => {
        c.sequences[0]!.steps[3]!.offsetDays = 14;
      },
      ["A"],
      ["next"],
    ],
    // A firm default of net 30 moves every due date to Oct 31 (the invoices are dated Oct 1).
    [
      "the default terms",
      (c: WorkflowConfig) => {
        c.terms.default = { kind: "net", days: 30 };
      },
      ["A", "B", "C"],
      ["dueDate"],
    ],
    // Consumer clients moved to the standard sequence.
    [
      "a rule",
      (c: WorkflowConfig) => {
        c.rules = c.rules.filter((r) => r.sequenceId !== "consumer");
      },
      ["C"],
      ["sequence"],
    ],
  ])("lists the accounts a change of %s affects", (_, change, accounts, kinds) => {
    const r = workflowDryRun(DEFAULT_WORKFLOW_CONFIG, edit(change), input);
    expect(r.accounts.map((a) => a.clientId).sort()).toEqual(accounts);
    for (const a of r.accounts) for (const k of kinds) expect(a.changed).toContain(k);
  });

  it("shows the plan before and after for an example invoice, and truncates long lists", () => {
    const r = workflowDryRun(
      DEFAULT_WORKFLOW_CONFIG,
      edit((c) => {
        c.sequences[0]!.steps[3]!.offsetDays = 14;
      }),
      input,
    );
    expect(r.accounts[0]!.example).toMatchObject({
      invoiceId: "a1",
      before: { sequenceId: "standard", next: { stepId: "+15", date: "2026-11-25" }, current: { stepId: "+7" } },
      after: { sequenceId: "standard", next: { stepId: "+15", date: "2026-11-24" } },
    });
    const all = workflowDryRun(
      DEFAULT_WORKFLOW_CONFIG,
      edit((c) => {
        c.terms.default = { kind: "net", days: 30 };
      }),
      input,
      2,
    );
    expect(all).toMatchObject({ affectedAccounts: 3, truncated: true });
    expect(all.accounts).toHaveLength(2);
  });
});
