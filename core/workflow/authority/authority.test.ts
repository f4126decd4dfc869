import { describe, expect, it } from "vitest";
import { DEMO_USERS } from "../../demo/demo-people";
import type { Principal } from "../../ports/principal";
import { DEFAULT_WORKFLOW_CONFIG } from "../config/defaults";
import { approvalLimit, checkAuthority, maySeeRequest, routeApproval } from "./authority";

const authority = DEFAULT_WORKFLOW_CONFIG.authority; // plan: partner 50,000.00, manager unlimited; write-off: partner 25,000.00, manager 100,000.00
const user = (id: string) => DEMO_USERS.find((u) => u.id === id)!;
const principal = (id: string): Principal => ({
  tenantId: "t",
  userId: id,
  email: "",
  name: user(id).displayName,
  roles: user(id).roles,
});

describe("delegated-authority matrix", () => {
  it.each([
    ["u-hartwell", "write-off", 2_500_000], // role limit 25,000.00 = personal limit
    ["u-delgado", "write-off", 1_000_000], // personal limit 10,000.00 is lower
    ["u-delgado", "payment-plan", 1_000_000],
    ["u-pryce", "payment-plan", 2_500_000],
    ["u-whitfield", "payment-plan", 10_000_000], // unlimited role, personal 100,000.00
    ["u-whitfield", "write-off", 10_000_000],
    ["u-chen", "write-off", -1], // specialists approve nothing
    ["u-morgan", "payment-plan", -1], // administrators configure, they do not approve
  ] as const)("%s may approve a %s up to %i", (id, action, limit) => {
    expect(approvalLimit(user(id), action, authority)).toBe(limit);
  });

  it.each([
    [900_000, "u-delgado", { routedTo: "u-delgado", level: "partner" }],
    [1_000_000, "u-delgado", { routedTo: "u-delgado", level: "partner" }],
    [1_000_001, "u-delgado", { routedTo: "u-whitfield", level: "manager" }],
    [2_500_000, "u-hartwell", { routedTo: "u-hartwell", level: "partner" }],
    [10_000_001, "u-hartwell", { routedTo: "committee", level: "committee" }],
  ])("a write-off of %i for a client of %s goes to %o", (amount, partner, expected) => {
    expect(routeApproval(amount, "write-off", { billingPartnerId: partner }, DEMO_USERS, authority)).toEqual(expected);
  });

  it.each([
    [
      "the routed partner within limit",
      "u-delgado",
      { routedTo: "u-delgado", amountMinor: 500_000, action: "write-off" },
      "ok",
    ],
    [
      "the routed partner above limit",
      "u-delgado",
      { routedTo: "u-delgado", amountMinor: 1_500_000, action: "write-off" },
      "OVER_AUTHORITY",
    ],
    ["another partner", "u-pryce", { routedTo: "u-delgado" }, "FORBIDDEN"],
    [
      "a manager above the partner",
      "u-whitfield",
      { routedTo: "u-delgado", amountMinor: 1_500_000, action: "write-off" },
      "ok",
    ],
    ["a specialist", "u-chen", { routedTo: "u-delgado" }, "FORBIDDEN"],
    [
      "a manager for the committee",
      "u-whitfield",
      { routedTo: "committee", amountMinor: 50_000_000, action: "write-off" },
      "ok",
    ],
    ["a partner for the committee", "u-hartwell", { routedTo: "committee" }, "FORBIDDEN"],
  ] as const)("%s", (_name, id, request, expected) => {
    const result = checkAuthority(principal(id), user(id), request, authority);
    expect(result.ok ? "ok" : result.code).toBe(expected);
  });

  it("names the limit when an amount is above it", () => {
    const result = checkAuthority(
      principal("u-delgado"),
      user("u-delgado"),
      { routedTo: "u-delgado", amountMinor: 1_500_000, action: "write-off" },
      authority,
    );
    expect(result).toMatchObject({
      ok: false,
      message: "$15,000.00 is above your approval authority (a limit of $10,000.00)",
    });
  });

  it("uses the configured committee when one is named", () => {
    const named = { ...authority, committeeIds: ["u-hartwell"] };
    expect(checkAuthority(principal("u-hartwell"), user("u-hartwell"), { routedTo: "committee" }, named).ok).toBe(true);
    expect(checkAuthority(principal("u-whitfield"), user("u-whitfield"), { routedTo: "committee" }, named).ok).toBe(
      false,
    );
  });

  describe("four eyes", () => {
    it.each([
      ["the billing partner asks: a manager", 500_000, "u-delgado", { routedTo: "u-whitfield", level: "manager" }],
      ["a specialist asks: the billing partner", 500_000, "u-chen", { routedTo: "u-delgado", level: "partner" }],
      ["the only manager asks: the committee", 1_500_000, "u-whitfield", { routedTo: "committee", level: "committee" }],
    ])("routing skips the requester (%s)", (_name, amount, requester, expected) => {
      expect(
        routeApproval(amount, "write-off", { billingPartnerId: "u-delgado" }, DEMO_USERS, authority, requester),
      ).toEqual(expected);
    });

    it("refuses the requester's own decision wherever it arrives, with a clear message", () => {
      for (const [id, routedTo] of [
        ["u-delgado", "u-delgado"],
        ["u-whitfield", "u-delgado"],
        ["u-whitfield", "committee"],
      ] as const) {
        expect(
          checkAuthority(
            principal(id),
            user(id),
            { routedTo, requester: id, amountMinor: 100, action: "write-off" },
            authority,
          ),
        ).toEqual({
          ok: false,
          code: "FORBIDDEN",
          message: "you made this request yourself; someone else must decide it (four-eyes rule)",
        });
      }
      expect(
        checkAuthority(
          principal("u-whitfield"),
          user("u-whitfield"),
          { routedTo: "u-delgado", requester: "u-delgado" },
          authority,
        ).ok,
      ).toBe(true);
    });
  });

  it("who may see a routed request: whoever sees the client, the routed person, the committee's members", () => {
    const client = { collectorId: "u-chen", billingPartnerId: "u-delgado" };
    const named = { ...authority, committeeIds: ["u-pryce"] };
    const sees = (id: string, routedTo: string, config = authority) =>
      maySeeRequest(principal(id), client, { routedTo }, config);
    expect(sees("u-chen", "u-delgado")).toBe(true);
    expect(sees("u-delgado", "u-whitfield")).toBe(true);
    expect(sees("u-whitfield", "u-delgado")).toBe(true);
    expect(sees("u-hartwell", "u-hartwell")).toBe(true);
    expect(sees("u-hartwell", "u-delgado")).toBe(false);
    expect(sees("u-nair", "u-delgado")).toBe(false);
    expect(sees("u-pryce", "committee")).toBe(false);
    expect(sees("u-pryce", "committee", named)).toBe(true);
    expect(maySeeRequest(principal("u-whitfield"), undefined, { routedTo: "u-delgado" }, authority)).toBe(false);
  });
});
