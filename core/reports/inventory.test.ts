import { describe, expect, it } from "vitest";
import type { Client, Interaction, Invoice } from "../domain/types";
import { DEFAULT_WORKFLOW_CONFIG } from "../workflow/config/defaults";
import { inventoryRows } from "./inventory";

const client = (id: string, extra: Partial<Client> = {}): Client => ({
  tenantId: "t",
  id,
  name: `Client ${id}`,
  contacts: [],
  emailDomains: [],
  language: "en",
  preferredChannel: "email",
  collectorId: "u-c",
  billingPartnerId: "u-p",
  ...extra,
});
const inv = (
  id: string,
  clientId: string,
  dueDate: string,
  balanceMinor: number,
  extra: Partial<Invoice> = {},
): Invoice => ({
  tenantId: "t",
  id,
  clientId,
  matterId: `${clientId}|m`,
  number: id,
  invoiceDate: "2026-09-01",
  dueDate,
  amountMinor: balanceMinor,
  balanceMinor,
  currency: "USD",
  status: "open",
  disputed: false,
  ...extra,
});
const unassigned = (id: string): Client => {
  const { collectorId: _, ...rest } = client(id);
  return rest;
};
const touch = (clientId: string, at: string, kind: Interaction["kind"], actorId = "u-c") =>
  ({ tenantId: "t", id: `${clientId}${at}`, clientId, kind, at, actorId, summary: "s" }) as Interaction;

describe("inventoryRows", () => {
  const base = {
    asOf: "2026-11-23",
    users: [
      { tenantId: "t", id: "u-c", email: "", displayName: "Jamie Chen", roles: ["specialist" as const] },
      { tenantId: "t", id: "u-p", email: "", displayName: "Marcus Pryce", roles: ["partner" as const] },
    ],
    matters: [
      { tenantId: "t", id: "A|m", clientId: "A", name: "m", practiceGroup: "Tax" },
      { tenantId: "t", id: "B|m", clientId: "B", name: "m", practiceGroup: "Litigation" },
    ],
    holds: [],
    config: DEFAULT_WORKFLOW_CONFIG,
  };

  it("sums each account, finds the next step, last person contact, promises, disputes and holds", () => {
    const rows = inventoryRows({
      ...base,
      clients: [client("A"), unassigned("B"), client("C")],
      openInvoices: [
        inv("a1", "A", "2026-11-01", 1000),
        inv("a2", "A", "2026-11-20", 500),
        inv("b1", "B", "2026-12-10", 700),
        inv("b2", "B", "2026-08-01", 300, { disputed: true }),
      ],
      interactions: [
        touch("A", "2026-11-05T10:00:00Z", "call"),
        touch("A", "2026-11-10T10:00:00Z", "note"),
        touch("A", "2026-11-08T10:00:00Z", "email-sent", "workflow"),
      ],
      promises: [
        {
          id: "p1",
          clientId: "A",
          invoiceIds: [],
          amountMinor: 400,
          currency: "USD",
          promisedDate: "2026-11-30",
          status: "open",
          recordedBy: "u-c",
          recordedAt: "",
        },
        {
          id: "p2",
          clientId: "A",
          invoiceIds: [],
          amountMinor: 100,
          currency: "USD",
          promisedDate: "2026-10-30",
          status: "broken",
          recordedBy: "u-c",
          recordedAt: "",
        },
      ],
      disputes: [
        {
          id: "d",
          clientId: "B",
          invoiceIds: ["b2"],
          reasonCode: "fee-dispute",
          status: "open",
          raisedBy: "u-c",
          raisedAt: "",
        },
      ],
    });
    expect(rows.map((r) => r.clientId)).toEqual(["A", "B"]);
    const [a, b] = rows;
    expect(a).toMatchObject({
      balanceMinor: 1500,
      overdueMinor: 1500,
      invoiceCount: 2,
      oldestDaysPastDue: 22,
      bucket: "d1_30",
      practiceGroups: ["Tax"],
      collectorName: "Jamie Chen",
      lastTouch: { at: "2026-11-05T10:00:00Z", kind: "call" },
      openPromises: 1,
      openPromiseMinor: 400,
      brokenPromises: 1,
      openDisputes: 0,
      // a1 (22 days late) next reaches +30 on Dec 1; a2 (3 days late) reaches +7 on Nov 27: the earlier wins.
      nextStep: { date: "2026-11-27", stepId: "+7", sequenceId: "standard", label: "Reminder", channel: "email" },
    });
    expect(b).toMatchObject({
      collectorId: null,
      collectorName: null,
      balanceMinor: 1000,
      overdueMinor: 300,
      oldestDaysPastDue: 114,
      bucket: "d91_120",
      lastTouch: null,
      openDisputes: 1,
      // The disputed invoice is out of its sequence; b1 is not due until Dec 10, its first step is -7 on Dec 3.
      nextStep: { date: "2026-12-03", stepId: "pre-7" },
    });
  });
});
