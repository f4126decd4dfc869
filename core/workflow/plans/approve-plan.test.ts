import { describe, expect, it } from "vitest";
import { actionDeps, client, invoice, principalOf, smallFirm } from "../../../test/support/workflow-fixture";
import { WF_DOC } from "../documents";
import { approvePlan } from "./approve-plan";
import type { PaymentPlan } from "./plan-types";
import { proposePlan } from "./propose-plan";
import { cadenceOf } from "./schedule";

async function proposed(count = 4, cadence = "monthly") {
  // Delgado (limit $10,000) is the billing partner; the client owes $8,000.
  const store = await smallFirm([client("A")], [invoice("A", 1, -30, 500_000), invoice("A", 2, -10, 300_000)]);
  const plan = await proposePlan(
    store,
    principalOf("u-chen"),
    { clientId: "A", count, startDate: "2026-12-01", cadence, note: "Client asked for time" },
    actionDeps(),
  );
  if (!plan.ok) throw new Error(plan.message);
  return { store, plan: plan.value };
}

describe("approving a payment plan with changed terms", () => {
  it("replaces the schedule, keeps the proposal on the decision and the cadence", async () => {
    const { store, plan } = await proposed(4, "biweekly");
    const result = await approvePlan(
      store,
      principalOf("u-delgado"),
      plan.id,
      { approve: true, terms: { count: 2, startDate: "2026-12-15", amountMinor: 600_000 } },
      actionDeps(),
    );
    expect(result).toMatchObject({ ok: true, value: { status: "active", totalMinor: 600_000 } });
    const stored = (await store.documents.get<PaymentPlan>(WF_DOC.plan, plan.id))!.body;
    expect(stored.installments).toEqual([
      { seq: 1, dueDate: "2026-12-15", amountMinor: 300_000 },
      { seq: 2, dueDate: "2026-12-29", amountMinor: 300_000 },
    ]);
    expect(stored.decision?.proposed).toEqual({ totalMinor: 800_000, installments: plan.installments });
    const trail = await store.listInteractions({ clientId: "A", kinds: ["decision"] });
    expect(trail.at(-1)?.summary).toContain("approved with changes");
  });

  it("checks the new terms like a proposal's, and deciding nothing when they are wrong", async () => {
    const { store, plan } = await proposed();
    const tooMuch = await approvePlan(
      store,
      principalOf("u-delgado"),
      plan.id,
      { approve: true, terms: { count: 2, startDate: "2026-12-15", amountMinor: 900_000 } },
      actionDeps(),
    );
    expect(tooMuch).toMatchObject({ ok: false, code: "VALIDATION" });
    const rejectWithTerms = await approvePlan(
      store,
      principalOf("u-delgado"),
      plan.id,
      { approve: false, terms: { count: 2, startDate: "2026-12-15" } },
      actionDeps(),
    );
    expect(rejectWithTerms).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await store.documents.get<PaymentPlan>(WF_DOC.plan, plan.id))!.body.status).toBe("proposed");
  });

  it("a new total above the approver's limit is over their authority", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -30, 1_500_000)]);
    const plan = await proposePlan(
      store,
      principalOf("u-chen"),
      { clientId: "A", count: 3, startDate: "2026-12-01", amountMinor: 900_000 },
      actionDeps(),
    );
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.value.routedTo).toBe("u-delgado");
    const result = await approvePlan(
      store,
      principalOf("u-delgado"),
      plan.value.id,
      { approve: true, terms: { count: 3, startDate: "2026-12-01", amountMinor: 1_500_000 } },
      actionDeps(),
    );
    expect(result).toMatchObject({ ok: false, code: "OVER_AUTHORITY" });
  });

  it("reads the cadence back from the due dates", () => {
    expect(cadenceOf([{ dueDate: "2026-12-01" }, { dueDate: "2026-12-08" }])).toBe("weekly");
    expect(cadenceOf([{ dueDate: "2026-12-01" }, { dueDate: "2026-12-15" }])).toBe("biweekly");
    expect(cadenceOf([{ dueDate: "2026-12-01" }, { dueDate: "2027-01-01" }])).toBe("monthly");
    expect(cadenceOf([{ dueDate: "2026-12-01" }])).toBe("monthly");
  });
});
