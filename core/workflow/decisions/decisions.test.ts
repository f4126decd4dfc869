import { describe, expect, it } from "vitest";
import { DOC, type Escalation, type Hold } from "../../actions/documents";
import { requestEscalation } from "../../actions/request-escalation";
import { actionDeps, client, invoice, principalOf, smallFirm } from "../../../test/support/workflow-fixture";
import { WF_DOC } from "../documents";
import type { PaymentPlan } from "../plans/plan-types";
import type { WriteOffRequest } from "../writeoffs/write-off-types";
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
      await decideEscalation(store, principalOf("u-chen"), escalation.id, { option: "partner-call" }, actionDeps()),
    ).toMatchObject({ code: "FORBIDDEN" });
    // Another partner does not see the client: the escalation is not found for them.
    expect(
      await decideEscalation(store, principalOf("u-pryce"), escalation.id, { option: "partner-call" }, actionDeps()),
    ).toMatchObject({ code: "NOT_FOUND" });
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

describe("four eyes: nobody decides their own plan or write-off", () => {
  it("a partner's own write-off goes to a manager, and the partner may not approve or reject it", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -90, 900_000)]);
    const req = await requestWriteOff(
      store,
      principalOf("u-delgado"),
      { clientId: "A", amountMinor: 300_000, reason: "Goodwill" },
      actionDeps(),
    );
    expect(req).toMatchObject({ ok: true, value: { routedTo: "u-whitfield", approvalLevel: "manager" } });
    if (!req.ok) return;
    for (const approve of [true, false])
      expect(
        await approveWriteOff(store, principalOf("u-delgado"), req.value.id, { approve }, actionDeps()),
      ).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("four-eyes") });
    expect((await listMyApprovals(store, principalOf("u-delgado"))).writeOffs).toEqual([]);
    expect(
      await approveWriteOff(store, principalOf("u-whitfield"), req.value.id, { approve: true }, actionDeps()),
    ).toMatchObject({ ok: true, value: { status: "approved" } });
  });

  it("a request routed to its own requester (made before the rule, or re-routed) is still refused to them", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -90, 900_000)]);
    const req = await requestWriteOff(
      store,
      principalOf("u-chen"),
      { clientId: "A", amountMinor: 300_000, reason: "Goodwill" },
      actionDeps(),
    );
    if (!req.ok) throw new Error(req.message);
    const doc = (await store.documents.get<WriteOffRequest>(WF_DOC.writeOff, req.value.id))!;
    await store.documents.replace(
      WF_DOC.writeOff,
      req.value.id,
      { ...doc.body, requestedBy: "u-delgado" },
      { actorId: "test", clientId: "A", ifMatch: doc.etag },
    );
    expect(
      await approveWriteOff(store, principalOf("u-delgado"), req.value.id, { approve: true }, actionDeps()),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect((await listMyApprovals(store, principalOf("u-delgado"))).writeOffs).toEqual([]);
  });

  it("a partner's own plan goes to a manager; the partner may not decide it, even with changed terms", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -10, 800_000)]);
    const plan = await proposePlan(
      store,
      principalOf("u-delgado"),
      { clientId: "A", count: 4, startDate: "2026-12-01" },
      actionDeps(),
    );
    expect(plan).toMatchObject({ ok: true, value: { routedTo: "u-whitfield", approvalLevel: "manager" } });
    if (!plan.ok) return;
    const doc = (await store.documents.get<PaymentPlan>(WF_DOC.plan, plan.value.id))!;
    await store.documents.replace(
      WF_DOC.plan,
      plan.value.id,
      { ...doc.body, routedTo: "u-delgado", approvalLevel: "partner" },
      { actorId: "test", clientId: "A", ifMatch: doc.etag },
    );
    expect(
      await approvePlan(store, principalOf("u-delgado"), plan.value.id, { approve: true }, actionDeps()),
    ).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("four-eyes") });
    expect(
      await approvePlan(
        store,
        principalOf("u-delgado"),
        plan.value.id,
        { approve: true, terms: { count: 2, startDate: "2026-12-15" } },
        actionDeps(),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect((await listMyApprovals(store, principalOf("u-delgado"))).plans).toEqual([]);
    expect(
      await approvePlan(store, principalOf("u-whitfield"), plan.value.id, { approve: true }, actionDeps()),
    ).toMatchObject({ ok: true, value: { status: "active" } });
  });

  it("whoever asked for an escalation may not approve a plan or write-off on it, but may take other options", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -90, 900_000)]);
    const asked = await requestEscalation(
      store,
      principalOf("u-delgado"),
      { clientId: "A", reason: "Partner wants it closed" },
      actionDeps(),
    );
    if (!asked.ok) throw new Error(asked.message);
    const id = asked.value.escalation.id;
    expect(
      await decideEscalation(
        store,
        principalOf("u-delgado"),
        id,
        { option: "write-off", details: { amountMinor: 100_000 } },
        actionDeps(),
      ),
    ).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("four-eyes") });
    expect(
      await decideEscalation(store, principalOf("u-delgado"), id, { option: "partner-call" }, actionDeps()),
    ).toMatchObject({ ok: true, value: { outcome: "decided" } });
  });
});

describe("a decision tells nothing before the decider is known", () => {
  it("an escalation: not found to whoever may not see it, forbidden to whoever may not decide it", async () => {
    const { store, escalation } = await firmWithEscalation();
    const tooMuch = { option: "write-off", details: { amountMinor: 99_000_000 } };
    expect(await decideEscalation(store, principalOf("u-chen"), escalation.id, tooMuch, actionDeps())).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await decideEscalation(store, principalOf("u-pryce"), escalation.id, tooMuch, actionDeps())).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await decideEscalation(store, principalOf("u-delgado"), escalation.id, tooMuch, actionDeps())).toMatchObject(
      { code: "VALIDATION", message: "details.amountMinor is more than the client still owes" },
    );
    await decideEscalation(store, principalOf("u-delgado"), escalation.id, { option: "partner-call" }, actionDeps());
    const later = { option: "decline" };
    expect(await decideEscalation(store, principalOf("u-chen"), escalation.id, later, actionDeps())).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await decideEscalation(store, principalOf("u-pryce"), escalation.id, later, actionDeps())).toMatchObject({
      code: "NOT_FOUND",
      message: `no escalation ${escalation.id}`,
    });
    expect(await decideEscalation(store, principalOf("u-delgado"), escalation.id, later, actionDeps())).toMatchObject({
      code: "ALREADY_DECIDED",
    });
    const handOn = { to: "u-hartwell" };
    expect(await reassignEscalation(store, principalOf("u-pryce"), escalation.id, handOn, actionDeps())).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await reassignEscalation(store, principalOf("u-chen"), escalation.id, handOn, actionDeps())).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a plan's changed terms and a decided write-off are checked only for those who may decide", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -10, 800_000)]);
    const plan = await proposePlan(
      store,
      principalOf("u-chen"),
      { clientId: "A", count: 4, startDate: "2026-12-01" },
      actionDeps(),
    );
    if (!plan.ok) throw new Error(plan.message);
    const badTerms = { approve: true, terms: { count: 2, startDate: "2026-12-15", amountMinor: 99_000_000 } };
    expect(await approvePlan(store, principalOf("u-nair"), plan.value.id, badTerms, actionDeps())).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await approvePlan(store, principalOf("u-pryce"), plan.value.id, badTerms, actionDeps())).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await approvePlan(store, principalOf("u-delgado"), plan.value.id, badTerms, actionDeps())).toMatchObject({
      code: "VALIDATION",
    });
    const req = await requestWriteOff(
      store,
      principalOf("u-chen"),
      { clientId: "A", amountMinor: 100_000, reason: "Goodwill" },
      actionDeps(),
    );
    if (!req.ok) throw new Error(req.message);
    await approveWriteOff(store, principalOf("u-delgado"), req.value.id, { approve: false }, actionDeps());
    expect(
      await approveWriteOff(store, principalOf("u-pryce"), req.value.id, { approve: true }, actionDeps()),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await approveWriteOff(store, principalOf("u-delgado"), req.value.id, { approve: true }, actionDeps()),
    ).toMatchObject({ code: "ALREADY_DECIDED" });
  });
});
