/**
 * Payment plans and write-offs proposed outside an escalation, end to end: the real Functions app
 * in the local host, the task pane's HTTP calls, Teams activities POSTed to /api/messages, and a
 * loopback fake Bot Connector recording every proactive card, update and message.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import { addDays } from "../core/domain/dates";
import type { PaymentPlan } from "../core/workflow/plans/plan-types";
import type { WriteOffRequest } from "../core/workflow/writeoffs/write-off-types";
import { cardProblems, verbsOf } from "../test/support/card-validator";
import { type ConnectorCall, type FakeConnector, startFakeConnector } from "../test/support/fake-connector";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";
import { botAdded, cardAction, installed, postActivity } from "../test/support/teams-activities";

let stack: LocalStack;
let connector: FakeConnector;
const today = new Date().toISOString().slice(0, 10);
const o = () => ({ serviceUrl: connector.serviceUrl });
const cardIn = (call: ConnectorCall) =>
  call.body.attachments?.[0]?.content as { body?: unknown[]; refresh?: { userIds: string[] } } | undefined;
const act = (user: string, verb: string, data: Record<string, unknown>) =>
  postActivity(stack.url, cardAction(user, verb, data, o()));
const about = (id: string) => (c: ConnectorCall) => JSON.stringify(c.body).includes(id);

async function proposePlan(user: string, body: Record<string, unknown>): Promise<PaymentPlan> {
  const res = await stack.call("POST", "/plans", await stack.tokenFor(user), body);
  expect(res.status).toBe(201);
  return res.json;
}

async function requestWriteOff(user: string, body: Record<string, unknown>): Promise<WriteOffRequest> {
  const res = await stack.call("POST", "/write-offs", await stack.tokenFor(user), body);
  expect(res.status).toBe(201);
  return res.json;
}

async function planNow(id: string): Promise<PaymentPlan> {
  return (await stack.call("GET", `/plans/${id}`, await stack.tokenFor("u-whitfield"))).json;
}

async function writeOffNow(id: string): Promise<WriteOffRequest | undefined> {
  const list = (await stack.call("GET", "/write-offs", await stack.tokenFor("u-whitfield"))).json as WriteOffRequest[];
  return list.find((w) => w.id === id);
}

/** Reads the firm's store directly, as an auditor would. */
async function inStore<T>(read: (t: ReturnType<SqliteStore["forTenant"]>) => Promise<T>): Promise<T> {
  const store = SqliteStore.open({ dataDir: stack.dataDir });
  try {
    return await read(store.forTenant("demo-firm"));
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  connector = await startFakeConnector();
  stack = await startLocalStack();
  // Hartwell and the manager installed the app; the specialists just chat; Pryce never opened it.
  for (const user of ["u-hartwell", "u-whitfield"])
    expect((await postActivity(stack.url, installed(user, o()))).status).toBe(200);
  for (const user of ["u-chen", "u-nair"])
    expect((await postActivity(stack.url, botAdded(user, o()))).status).toBe(200);
});
afterAll(async () => {
  await stack?.stop();
  await connector?.close();
});

describe("a plan proposed from the task pane", () => {
  let plan: PaymentPlan;

  it("reaches the client's billing partner once, valid, with the evidence and installments", async () => {
    plan = await proposePlan("u-chen", {
      clientId: "CL-1001",
      count: 3,
      startDate: addDays(today, 7),
      note: "Client asked for three months",
    });
    expect(plan).toMatchObject({ status: "proposed", routedTo: "u-hartwell" });
    await connector.waitFor(() => connector.posts("a:u-hartwell").some(about(plan.id)));
    const posts = connector.posts("a:u-hartwell").filter(about(plan.id));
    expect(posts).toHaveLength(1);
    const card = cardIn(posts[0]!);
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain("Payment plan for approval: Northwind Logistics LLC");
    expect(json).toContain("Client asked for three months");
    expect(json).toContain(plan.installments[2]!.dueDate);
    expect(json).toContain("Score not available");
    expect(verbsOf(card).sort()).toEqual(["approveRequest", "modifyPlan", "refreshRequest", "rejectRequest"]);
    expect(card?.refresh?.userIds).toEqual(["29:u-hartwell"]);
    // A retried notification (same plan id) sends nothing new.
    const { getDeps } = await import("./compose");
    const deps = await getDeps();
    const again = await deps.bot!.requests.requestProposed(deps.store.forTenant("demo-firm"), {
      kind: "plan",
      id: plan.id,
    });
    expect(again).toBe("already-sent");
    expect(connector.posts("a:u-hartwell").filter(about(plan.id))).toHaveLength(1);
  });

  it("is read-only for someone else who sees the client, who is refused; not available to anyone else", async () => {
    const view = await act("u-chen", "refreshRequest", { kind: "plan", id: plan.id });
    expect(cardProblems(view.json.value)).toEqual([]);
    expect(verbsOf(view.json.value)).toEqual(["refreshRequest"]);
    expect(JSON.stringify(view.json.value)).toContain("Only Eleanor Hartwell (or a collections manager)");
    const refused = await act("u-chen", "approveRequest", { kind: "plan", id: plan.id });
    expect(JSON.stringify(refused.json.value)).toContain("You may not decide this payment plan.");
    for (const verb of ["refreshRequest", "approveRequest"]) {
      const hidden = await act("u-pryce", verb, { kind: "plan", id: plan.id });
      expect(cardProblems(hidden.json.value)).toEqual([]);
      expect(JSON.stringify(hidden.json.value)).toContain("This payment plan is not available to you.");
      expect(JSON.stringify(hidden.json.value)).not.toContain("Northwind");
    }
    expect((await planNow(plan.id)).status).toBe("proposed");
  });

  it("modify: invalid terms are refused on the server; valid ones approve, refresh the card, tell the specialist", async () => {
    const post = connector.posts("a:u-hartwell").find(about(plan.id))!;
    const tooMuch = await act("u-hartwell", "modifyPlan", {
      kind: "plan",
      id: plan.id,
      modifyInstallments: "2",
      modifyStart: addDays(today, 14),
      modifyAmount: "999999.00",
    });
    expect(JSON.stringify(tooMuch.json.value)).toContain("Not recorded: modifyAmount is more than the client owes");
    expect((await planNow(plan.id)).status).toBe("proposed");
    const done = await act("u-hartwell", "modifyPlan", {
      kind: "plan",
      id: plan.id,
      modifyInstallments: "2",
      modifyStart: addDays(today, 14),
      modifyAmount: "400.00",
    });
    expect(JSON.stringify(done.json.value)).toContain("Recorded: Payment plan approved with changes.");
    const now = await planNow(plan.id);
    expect(now).toMatchObject({ status: "active", totalMinor: 40_000 });
    expect(now.installments.map((i) => i.amountMinor)).toEqual([20_000, 20_000]);
    expect(now.installments[0]!.dueDate).toBe(addDays(today, 14));
    await connector.waitFor(() => connector.updates("a:u-hartwell").some(about(plan.id)));
    const update = connector.updates("a:u-hartwell").filter(about(plan.id)).at(-1)!;
    expect(update.activityId).toBe(post.responseId);
    expect(cardProblems(cardIn(update))).toEqual([]);
    expect(JSON.stringify(cardIn(update))).toMatch(
      /Decided by Eleanor Hartwell at \d{4}-\d\d-\d\d \d\d:\d\d UTC: Approved with changes/,
    );
    await connector.waitFor(() =>
      connector.posts("a:u-chen").some((c) => String(c.body.text).includes("approved the payment plan")),
    );
  });
});

describe("a write-off requested outside an escalation", () => {
  it("above the partner's authority reaches the manager, who rejects it with a reason", async () => {
    // Hartwell may approve $25,000; Contoso Holdings (Hartwell's client) owes about $51,900.
    const w = await requestWriteOff("u-nair", { clientId: "CL-1022", amountMinor: 3_000_000, reason: "Settlement" });
    expect(w).toMatchObject({ status: "pending", routedTo: "u-whitfield", approvalLevel: "manager" });
    await connector.waitFor(() => connector.posts("a:u-whitfield").some(about(w.id)));
    expect(connector.posts("a:u-hartwell").some(about(w.id))).toBe(false);
    const card = cardIn(connector.posts("a:u-whitfield").find(about(w.id))!);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain("Write off $30,000.00");
    expect(JSON.stringify(card)).toContain("Settlement");
    // The partner is below this amount: read-only for her.
    const hers = await act("u-hartwell", "refreshRequest", { kind: "write-off", id: w.id });
    expect(JSON.stringify(hers.json.value)).toContain("Only Dana Whitfield (or another collections manager)");
    const done = await act("u-whitfield", "rejectRequest", {
      kind: "write-off",
      id: w.id,
      rejectReason: "Client can pay in installments",
    });
    expect(JSON.stringify(done.json.value)).toContain("Decided by Dana Whitfield");
    expect(await writeOffNow(w.id)).toMatchObject({ status: "rejected" });
    await connector.waitFor(() => connector.updates("a:u-whitfield").some(about(w.id)));
    expect(JSON.stringify(cardIn(connector.updates("a:u-whitfield").filter(about(w.id)).at(-1)!))).toContain(
      "Rejected",
    );
    await connector.waitFor(() =>
      connector.posts("a:u-nair").some((c) => String(c.body.text).includes("Client can pay in installments")),
    );
  });

  it("approve: a double click yields one decision and one credit", async () => {
    const w = await requestWriteOff("u-chen", { clientId: "CL-1013", amountMinor: 2_500, reason: "Rounding" });
    await connector.waitFor(() => connector.posts("a:u-hartwell").some(about(w.id)));
    const clicks = await Promise.all([
      act("u-hartwell", "approveRequest", { kind: "write-off", id: w.id }),
      act("u-hartwell", "approveRequest", { kind: "write-off", id: w.id }),
    ]);
    const texts = clicks.map((c) => JSON.stringify(c.json.value));
    expect(texts.every((t) => t.includes("Decided by Eleanor Hartwell"))).toBe(true);
    expect(texts.filter((t) => t.includes("Recorded: Write-off approved."))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("Already decided by Eleanor Hartwell"))).toHaveLength(1);
    expect(await writeOffNow(w.id)).toMatchObject({ status: "approved" });
    const credits = await inStore((t) => t.listCredits("CL-1013"));
    expect(credits.filter((c) => c.kind === "write-off").reduce((s, c) => s + c.amountMinor, 0)).toBe(2_500);
    const trail = await inStore((t) => t.listInteractions({ clientId: "CL-1013", kinds: ["decision"] }));
    expect(trail.filter((i) => i.data?.writeOffId === w.id)).toHaveLength(1);
  });
});

describe("decisions over HTTP", () => {
  it("refresh the card too, and accept changed terms checked by the workflow", async () => {
    const plan = await proposePlan("u-chen", { clientId: "CL-1037", count: 4, startDate: addDays(today, 10) });
    await connector.waitFor(() => connector.posts("a:u-hartwell").some(about(plan.id)));
    const token = await stack.tokenFor("u-hartwell");
    const bad = await stack.call("POST", `/plans/${plan.id}/decision`, token, {
      approve: true,
      terms: { count: 2, startDate: addDays(today, -1) },
    });
    expect(bad.status).toBe(400);
    const res = await stack.call("POST", `/plans/${plan.id}/decision`, token, {
      approve: true,
      terms: { count: 2, startDate: addDays(today, 10), amountMinor: 100_000 },
    });
    expect(res.json).toMatchObject({ status: "active", totalMinor: 100_000 });
    expect(res.status).toBe(200);
    await connector.waitFor(() => connector.updates("a:u-hartwell").some(about(plan.id)));
    const update = connector.updates("a:u-hartwell").filter(about(plan.id)).at(-1)!;
    expect(JSON.stringify(cardIn(update))).toContain("Decided by Eleanor Hartwell");
    const again = await stack.call("POST", `/plans/${plan.id}/decision`, token, { approve: false });
    expect(again.status).toBe(409);
  });
});

describe("Teams is never in the way", () => {
  it("a partner without a conversation: the plan is still created and waits in their approvals", async () => {
    const before = connector.calls.length;
    const plan = await proposePlan("u-nair", { clientId: "CL-1002", count: 2, startDate: addDays(today, 7) });
    expect(plan.routedTo).toBe("u-pryce");
    const mine = await stack.call("GET", "/approvals", await stack.tokenFor("u-pryce"));
    expect(mine.json.plans.map((p: PaymentPlan) => p.id)).toContain(plan.id);
    expect(connector.calls.slice(before).some(about(plan.id))).toBe(false);
  });

  it("no bot configured: proposals still answer 201 and stay in my approvals", async () => {
    const { getDeps, setDeps } = await import("./compose");
    const real = await getDeps();
    const { bot: _bot, ...withoutBot } = real;
    setDeps(withoutBot);
    try {
      const before = connector.calls.length;
      const plan = await proposePlan("u-chen", { clientId: "CL-1019", count: 3, startDate: addDays(today, 7) });
      const w = await requestWriteOff("u-chen", { clientId: "CL-1025", amountMinor: 1_000, reason: "Bank fee" });
      const mine = await stack.call("GET", "/approvals", await stack.tokenFor("u-hartwell"));
      expect(mine.json.plans.map((p: PaymentPlan) => p.id)).toContain(plan.id);
      expect(mine.json.writeOffs.map((x: WriteOffRequest) => x.id)).toContain(w.id);
      expect(connector.calls.length).toBe(before);
    } finally {
      setDeps(real);
    }
  });

  it("every card the connector received validates", () => {
    const cards = connector.calls.map(cardIn).filter(Boolean);
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });
});
