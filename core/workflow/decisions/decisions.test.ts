import { describe, expect, it } from "vitest";
import { DOC, type Escalation, type Hold } from "../../actions/documents";
import { requestEscalation } from "../../actions/request-escalation";
import { actionDeps, client, invoice, principalOf, smallFirm } from "../../../test/support/workflow-fixture";
import { WF_DOC } from "../documents";
import type { PaymentPlan } from "../plans/plan-types";
import { approvePlan } from "../plans/approve-plan";
import { proposePlan } from "../plans/propose-plan";
import { approveWriteOff } from "../writeoffs/approve-write-off";
import { requestWriteOff } from "../writeoffs/request-write-off";
import { decideEscalation } from "./decide-escalation";
import { holdUntil, reassignEscalation } from "./hold-and-reassign";
import { listMyApprovals } from "./my-approvals";

async function firmWithEscalation() {
  // Delgado (limit $10,000) is the billing partner; the client owes $15,000 on three invoices.
  const store = await smallFirm(
    [client("A")],
    [invoice("A", 1, -40, 500_000), invoice("A", 2, -20, 500_000), invoice("A", 3, -5, 500_000)],
  );
  const asked = await requestEscalation(
    store,
    principalOf("u-chen"),
    { clientId: "A", reason: "Three reminders unanswered" },
    actionDeps(),
  );
  if (!asked.ok) throw new Error(asked.message);
  return { store, escalation: asked.value.escalation };
}

describe("escalation decisions are made exactly once", () => {
  it("of two concurrent approvals, one wins and the other is told who decided and when", async () => {
    const { store, escalation } = await firmWithEscalation();
    const [a, b] = await Promise.all([
      decideEscalation(store, principalOf("u-delgado"), escalation.id, { option: "partner-call" }, actionDeps()),
      decideEscalation(store, principalOf("u-whitfield"), escalation.id, { option: "committee" }, actionDeps()),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    expect(loser).toMatchObject({ ok: false, code: "ALREADY_DECIDED" });
    const stored = (await store.documents.get<Escalation>(DOC.escalation, escalation.id))!.body;
    expect(!loser.ok && loser.message).toBe(
      `decided by ${stored.decision!.decidedByName} at ${stored.decision!.decidedAt}`,
    );
    const decisions = await store.listInteractions({ clientId: "A", kinds: ["decision"] });
    expect(decisions).toHaveLength(1);
  });

  it("refuses someone who is neither the routed partner nor above them, and a stale card", async () => {
    const { store, escalation } = await firmWithEscalation();
    expect(
      await decideEscalation(store, principalOf("u-pryce"), escalation.id, { option: "partner-call" }, actionDeps()),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await decideEscalation(
        store,
        principalOf("u-delgado"),
        escalation.id,
        { option: "partner-call", ifMatch: "stale" },
        actionDeps(),
      ),
    ).toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(
      await decideEscalation(store, principalOf("u-delgado"), escalation.id, { option: "dance" }, actionDeps()),
    ).toMatchObject({ code: "VALIDATION" });
  });

  it("routes a plan above the partner's authority to the manager, who then approves it", async () => {
    const { store, escalation } = await firmWithEscalation();
    const details = { count: 3, startDate: "2026-12-01" };
    const routed = await decideEscalation(
      store,
      principalOf("u-delgado"),
      escalation.id,
      { option: "payment-plan", details },
      actionDeps(),
    );
    expect(routed).toMatchObject({ ok: true, value: { outcome: "routed", routedTo: "u-whitfield", level: "manager" } });
    expect((await listMyApprovals(store, principalOf("u-whitfield"))).escalations.map((e) => e.id)).toEqual([
      escalation.id,
    ]);
    const decided = await decideEscalation(
      store,
      principalOf("u-whitfield"),
      escalation.id,
      { option: "payment-plan", details },
      actionDeps(),
    );
    expect(decided).toMatchObject({ ok: true, value: { outcome: "decided" } });
    const plan = (await store.documents.list<PaymentPlan>(WF_DOC.plan))[0]!.body;
    expect(plan).toMatchObject({ status: "active", totalMinor: 1_500_000, escalationId: escalation.id });
    expect(plan.installments.map((i) => [i.dueDate, i.amountMinor])).toEqual([
      ["2026-12-01", 500_000],
      ["2027-01-01", 500_000],
      ["2027-02-01", 500_000],
    ]);
  });

  it("a hold decision pauses reminders until its date; reassigning hands it on without deciding", async () => {
    const { store, escalation } = await firmWithEscalation();
    const moved = await reassignEscalation(
      store,
      principalOf("u-delgado"),
      escalation.id,
      { to: "u-hartwell" },
      actionDeps(),
    );
    expect(moved).toMatchObject({ ok: true, value: { status: "pending", routedTo: "u-hartwell" } });
    expect(
      await holdUntil(
        store,
        principalOf("u-delgado"),
        escalation.id,
        { until: "2026-12-20", reason: "x" },
        actionDeps(),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    const held = await holdUntil(
      store,
      principalOf("u-hartwell"),
      escalation.id,
      { until: "2026-12-20", reason: "Partner negotiating" },
      actionDeps(),
    );
    expect(held).toMatchObject({ ok: true, value: { outcome: "decided" } });
    const holds = await store.documents.list<Hold>(DOC.hold, { clientId: "A" });
    expect(holds.map((h) => h.body.until)).toEqual(["2026-12-20"]);
    expect(
      await reassignEscalation(store, principalOf("u-hartwell"), escalation.id, { to: "u-pryce" }, actionDeps()),
    ).toMatchObject({ code: "ALREADY_DECIDED" });
  });
});

describe("plans and write-offs under the authority matrix", () => {
  it("a proposed plan goes to whoever may approve its total, once", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -10, 800_000)]);
    const plan = await proposePlan(
      store,
      principalOf("u-chen"),
      { clientId: "A", count: 4, startDate: "2026-12-01" },
      actionDeps(),
    );
    expect(plan).toMatchObject({
      ok: true,
      value: { status: "proposed", routedTo: "u-delgado", approvalLevel: "partner", totalMinor: 800_000 },
    });
    if (!plan.ok) return;
    const [x, y] = await Promise.all([
      approvePlan(store, principalOf("u-delgado"), plan.value.id, { approve: true }, actionDeps()),
      approvePlan(store, principalOf("u-whitfield"), plan.value.id, { approve: false }, actionDeps()),
    ]);
    expect([x, y].filter((r) => r.ok)).toHaveLength(1);
    expect([x, y].find((r) => !r.ok)).toMatchObject({ code: "ALREADY_DECIDED" });
  });

  it("a write-off over the partner's limit goes to the manager and credits the ledger oldest first", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -90, 700_000), invoice("A", 2, -60, 900_000)]);
    const req = await requestWriteOff(
      store,
      principalOf("u-chen"),
      { clientId: "A", amountMinor: 1_200_000, reason: "Client in administration" },
      actionDeps(),
    );
    expect(req).toMatchObject({ ok: true, value: { routedTo: "u-whitfield", approvalLevel: "manager" } });
    if (!req.ok) return;
    expect(
      await approveWriteOff(store, principalOf("u-delgado"), req.value.id, { approve: true }, actionDeps()),
    ).toMatchObject({ code: "FORBIDDEN" });
    const approved = await approveWriteOff(
      store,
      principalOf("u-whitfield"),
      req.value.id,
      { approve: true },
      actionDeps(),
    );
    expect(approved).toMatchObject({
      ok: true,
      value: {
        status: "approved",
        credits: [
          { invoiceId: "A|1", amountMinor: 700_000 },
          { invoiceId: "A|2", amountMinor: 500_000 },
        ],
      },
    });
    expect(await store.getInvoice("A|1")).toMatchObject({ balanceMinor: 0, status: "written-off" });
    expect(await store.getInvoice("A|2")).toMatchObject({ balanceMinor: 400_000, status: "open" });
    expect((await store.listCredits("A")).map((c) => c.amountMinor)).toEqual([700_000, 500_000]);
    expect(
      await approveWriteOff(store, principalOf("u-whitfield"), req.value.id, { approve: true }, actionDeps()),
    ).toMatchObject({ code: "ALREADY_DECIDED" });
  });

  it("a partner cannot approve above their own limit even when it reached them", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -90, 900_000)]);
    const req = await requestWriteOff(
      store,
      principalOf("u-chen"),
      { clientId: "A", amountMinor: 900_000, reason: "Small balance" },
      actionDeps(),
    );
    if (!req.ok) throw new Error(req.message);
    expect(req.value.routedTo).toBe("u-delgado");
    await store.applyLedgerBatch(
      {
        users: [
          {
            tenantId: "wf-test",
            id: "u-delgado",
            email: "sofia.delgado@hartwellpryce.example",
            displayName: "Sofia Delgado",
            roles: ["partner"],
            approvalLimitMinor: 500_000,
          },
        ],
      },
      "admin",
    );
    expect(
      await approveWriteOff(store, principalOf("u-delgado"), req.value.id, { approve: true }, actionDeps()),
    ).toMatchObject({ code: "OVER_AUTHORITY" });
  });
});
