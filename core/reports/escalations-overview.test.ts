import { describe, expect, it } from "vitest";
import type { Escalation } from "../actions/documents";
import type { WriteOffRequest } from "../workflow/writeoffs/write-off-types";
import { escalationRows, escalationsOverview, weekStartOf } from "./escalations-overview";

const users = [
  { tenantId: "t", id: "u-h", email: "", displayName: "Eleanor Hartwell", roles: ["partner" as const] },
  { tenantId: "t", id: "u-c", email: "", displayName: "Jamie Chen", roles: ["specialist" as const] },
];
const esc = (id: string, routedTo: string, requestedAt: string, amount: number, extra: Partial<Escalation> = {}) =>
  ({
    id,
    clientId: `c-${id}`,
    reason: "r",
    status: "pending",
    requestedBy: "u-c",
    requestedAt,
    routedTo,
    source: "specialist",
    evidence: { totalOutstandingMinor: amount, currency: "USD" },
    ...extra,
  }) as Escalation;
const wo = (
  id: string,
  status: WriteOffRequest["status"],
  requestedAt: string,
  amountMinor: number,
  decidedAt?: string,
) => ({ id, status, requestedAt, amountMinor, ...(decidedAt ? { decision: { decidedAt } } : {}) }) as WriteOffRequest;

describe("weekStartOf", () => {
  it.each([
    ["2026-11-23", "2026-11-23"],
    ["2026-11-29", "2026-11-23"],
    ["2026-11-25", "2026-11-23"],
  ])("%s → Monday %s", (day, monday) => {
    expect(weekStartOf(day)).toBe(monday);
  });
});

describe("escalationsOverview", () => {
  it("queues pending by partner with the oldest age, and counts this week's decisions and write-offs", () => {
    const o = escalationsOverview(
      [
        esc("1", "u-h", "2026-11-01T09:00:00Z", 1000),
        esc("2", "u-h", "2026-11-20T09:00:00Z", 500),
        esc("3", "committee", "2026-11-22T09:00:00Z", 9000),
        esc("4", "u-h", "2026-11-10T09:00:00Z", 1, {
          status: "decided",
          decision: { option: "hold", decidedBy: "u-h", decidedByName: "E", decidedAt: "2026-11-24T08:00:00Z" },
        }),
        esc("5", "u-h", "2026-11-10T09:00:00Z", 1, {
          status: "decided",
          decision: { option: "hold", decidedBy: "u-h", decidedByName: "E", decidedAt: "2026-11-20T08:00:00Z" },
        }),
      ],
      [
        wo("w1", "approved", "2026-11-23T10:00:00Z", 700, "2026-11-24T10:00:00Z"),
        wo("w2", "pending", "2026-11-24T10:00:00Z", 300),
        wo("w3", "approved", "2026-11-10T10:00:00Z", 999, "2026-11-12T10:00:00Z"),
      ],
      users,
      "2026-11-25",
    );
    expect(o.weekStart).toBe("2026-11-23");
    expect(o.pendingTotal).toBe(3);
    expect(o.byPartner).toEqual([
      { partnerId: "u-h", name: "Eleanor Hartwell", pending: 2, amountMinor: 1500, oldestAgeDays: 24 },
      {
        partnerId: "committee",
        name: "Billing & collections committee",
        pending: 1,
        amountMinor: 9000,
        oldestAgeDays: 3,
      },
    ]);
    expect(o.decidedThisWeek).toEqual({ total: 1, byOption: { hold: 1 } });
    expect(o.writeOffs).toEqual({
      requestedThisWeek: { count: 2, amountMinor: 1000 },
      approvedThisWeek: { count: 1, amountMinor: 700 },
      pending: { count: 1, amountMinor: 300 },
    });
  });

  it("names clients and people on list rows, oldest first", () => {
    const rows = escalationRows(
      [esc("1", "u-h", "2026-11-20T09:00:00Z", 1), esc("2", "u-h", "2026-11-01T09:00:00Z", 1)],
      [{ id: "c-1", name: "Northwind" }],
      users,
      "2026-11-25",
    );
    expect(rows.map((r) => [r.id, r.clientName, r.routedToName, r.requestedByName, r.ageDays])).toEqual([
      ["2", "c-2", "Eleanor Hartwell", "Jamie Chen", 24],
      ["1", "Northwind", "Eleanor Hartwell", "Jamie Chen", 5],
    ]);
  });
});
