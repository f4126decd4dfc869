/**
 * The bot end to end: the real Functions app in the local host, activities POSTed to /api/messages
 * as Teams would, and a loopback fake Bot Connector recording every proactive post and card update.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import type { Escalation, Hold } from "../core/actions/documents";
import type { PaymentPlan } from "../core/workflow/plans/plan-types";
import { requestWriteOff } from "../core/workflow/writeoffs/request-write-off";
import { addDays } from "../core/domain/dates";
import { cardProblems } from "../test/support/card-validator";
import { type ConnectorCall, type FakeConnector, startFakeConnector } from "../test/support/fake-connector";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";
import { botAdded, cardAction, installed, message, postActivity } from "../test/support/teams-activities";

let stack: LocalStack;
let connector: FakeConnector;
const today = new Date().toISOString().slice(0, 10);
const o = () => ({ serviceUrl: connector.serviceUrl });
const cardIn = (call: ConnectorCall) =>
  call.body.attachments?.[0]?.content as { body?: unknown[]; refresh?: { userIds: string[] } } | undefined;
const act = (user: string, verb: string, data: Record<string, unknown>) =>
  postActivity(stack.url, cardAction(user, verb, data, o()));

async function escalate(user: string, clientId: string, requestedOption?: string): Promise<Escalation> {
  const token = await stack.tokenFor(user);
  const res = await stack.call("POST", "/escalations", token, {
    clientId,
    reason: "Three reminders unanswered",
    ...(requestedOption ? { requestedOption } : {}),
  });
  expect(res.status).toBe(201);
  return res.json;
}

async function escalationNow(id: string): Promise<Escalation> {
  return (await stack.call("GET", `/escalations/${id}`, await stack.tokenFor("u-whitfield"))).json;
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
  // Partners install the app (personal scope); specialists just start chatting; the manager too.
  for (const user of ["u-hartwell", "u-delgado", "u-pryce"])
    expect((await postActivity(stack.url, installed(user, o()))).status).toBe(200);
  for (const user of ["u-chen", "u-nair", "u-whitfield"])
    expect((await postActivity(stack.url, botAdded(user, o()))).status).toBe(200);
});
afterAll(async () => {
  await stack?.stop();
  await connector?.close();
});

describe("hosting", () => {
  it("admits unauthenticated activities only with a loopback serviceUrl", async () => {
    const before = connector.calls.length;
    const res = await postActivity(
      stack.url,
      message("u-hartwell", "help", { serviceUrl: "https://smba.trafficmanager.net/amer/" }),
    );
    expect(res.status).toBe(401);
    expect(connector.calls.length).toBe(before);
  });

  it("answers help from an unknown Teams tenant in the same conversation", async () => {
    const res = await postActivity(
      stack.url,
      message("stranger", "status CL-1001", {
        ...o(),
        tenantId: "other-firm",
        conversation: { id: "a:stranger", conversationType: "personal" },
      }),
    );
    expect(res.status).toBe(200);
    await connector.waitFor(() => connector.posts("a:stranger").length === 1);
    expect(JSON.stringify(cardIn(connector.posts("a:stranger")[0]!))).toContain("only help is available");
  });
});

describe("escalation cards", () => {
  it("reach the client's billing partner once, valid, with the evidence and a refresh for them", async () => {
    const e = await escalate("u-chen", "CL-1001", "partner-call");
    await connector.waitFor(() => connector.posts("a:u-hartwell").some((c) => cardIn(c)?.body));
    const posted = connector.posts("a:u-hartwell").filter((c) => cardIn(c));
    expect(posted).toHaveLength(1);
    const card = cardIn(posted[0]!);
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain("Escalation: Northwind Logistics LLC");
    expect(json).toContain("Three reminders unanswered");
    expect(json).toContain("Score not available");
    expect(json).toContain('"verb":"approveEscalation"');
    expect(card?.refresh?.userIds).toEqual(["29:u-hartwell"]);
    // Asking again returns the pending escalation and sends nothing new.
    const again = await stack.call("POST", "/escalations", await stack.tokenFor("u-chen"), {
      clientId: "CL-1001",
      reason: "again",
    });
    expect(again.json.id).toBe(e.id);
    expect(connector.posts("a:u-hartwell").filter((c) => cardIn(c))).toHaveLength(1);
  });

  it("refuses someone who is not assigned, and changes nothing; shows nothing to who may not see it", async () => {
    const e = await escalate("u-chen", "CL-1007");
    const res = await act("u-chen", "approveEscalation", { escalationId: e.id, escalationOption: "partner-call" });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json.value)).toContain("You may not decide");
    expect(JSON.stringify(res.json.value)).toContain("Only Eleanor Hartwell");
    const hidden = await act("u-pryce", "approveEscalation", { escalationId: e.id, escalationOption: "partner-call" });
    expect(hidden.status).toBe(200);
    expect(JSON.stringify(hidden.json.value)).toContain("This escalation is not available to you.");
    expect(JSON.stringify(hidden.json.value)).not.toContain("Eleanor Hartwell");
    expect((await escalationNow(e.id)).status).toBe("pending");
  });

  it("approve: one decision from a double click, every copy refreshed, the specialist told", async () => {
    const e = await escalate("u-chen", "CL-1013");
    await connector.waitFor(() =>
      connector.posts("a:u-hartwell").some((c) => JSON.stringify(c.body).includes("Coho Logistics")),
    );
    const post = connector.posts("a:u-hartwell").find((c) => JSON.stringify(c.body).includes("Coho Logistics"))!;
    const clicks = await Promise.all([
      act("u-hartwell", "approveEscalation", { escalationId: e.id, escalationOption: "partner-letter" }),
      act("u-hartwell", "approveEscalation", { escalationId: e.id, escalationOption: "committee" }),
    ]);
    const texts = clicks.map((c) => JSON.stringify(c.json.value));
    expect(texts.every((t) => t.includes("Decided by Eleanor Hartwell"))).toBe(true);
    expect(texts.filter((t) => t.includes("Already decided")).length).toBe(1);
    const now = await escalationNow(e.id);
    expect(now.status).toBe("decided");
    const trail = await inStore((t) => t.listInteractions({ clientId: "CL-1013" }));
    expect(trail.filter((i) => i.kind === "decision" && i.data?.escalationId === e.id)).toHaveLength(1);
    // The posted card was replaced in place with the decided state.
    await connector.waitFor(() =>
      connector.updates("a:u-hartwell").some((u) => JSON.stringify(u.body).includes("Coho Logistics")),
    );
    const update = connector.updates("a:u-hartwell").find((u) => JSON.stringify(u.body).includes("Coho Logistics"))!;
    expect(update.activityId).toBe(post.responseId);
    expect(cardProblems(cardIn(update))).toEqual([]);
    expect(JSON.stringify(cardIn(update))).toContain("Decided by Eleanor Hartwell");
    await connector.waitFor(() =>
      connector.posts("a:u-chen").some((c) => String(c.body?.text).includes("Coho Logistics")),
    );
    // A later viewer sees who decided and when.
    const later = await act("u-hartwell", "refresh", { escalationId: e.id });
    expect(JSON.stringify(later.json.value)).toMatch(/Decided by Eleanor Hartwell at \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  });

  it("a decision taken over HTTP (not on the card) still refreshes the partner's card", async () => {
    const e = await escalate("u-chen", "CL-1043");
    await connector.waitFor(() => connector.posts("a:u-hartwell").some((c) => JSON.stringify(c.body).includes(e.id)));
    const before = connector.updates("a:u-hartwell").filter((u) => JSON.stringify(u.body).includes(e.id)).length;
    const res = await stack.call("POST", `/escalations/${e.id}/decision`, await stack.tokenFor("u-hartwell"), {
      option: "partner-call",
    });
    expect(res.status).toBe(200);
    await connector.waitFor(
      () => connector.updates("a:u-hartwell").filter((u) => JSON.stringify(u.body).includes(e.id)).length > before,
    );
    const update = connector
      .updates("a:u-hartwell")
      .filter((u) => JSON.stringify(u.body).includes(e.id))
      .at(-1)!;
    expect(JSON.stringify(cardIn(update))).toContain("Decided by Eleanor Hartwell");
  });

  it("payment plan: approved with the card's terms, the plan is active", async () => {
    const e = await escalate("u-chen", "CL-1019");
    const res = await act("u-hartwell", "approvePlan", {
      escalationId: e.id,
      planInstallments: "3",
      planStart: addDays(today, 7),
      planAmount: "3000.00",
    });
    expect(JSON.stringify(res.json.value)).toContain("Recorded: Payment plan");
    const now = await escalationNow(e.id);
    expect(now.decision?.option).toBe("payment-plan");
    const plans = (await inStore((t) => t.documents.list<PaymentPlan>("payment-plan", { clientId: "CL-1019" }))).map(
      (d) => d.body,
    );
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ status: "active", totalMinor: 300000, escalationId: e.id });
    const plan = plans[0]!;
    expect(plan.installments.map((i) => i.amountMinor).reduce((a, b) => a + b, 0)).toBe(300000);
    expect(plan.installments[0]?.dueDate).toBe(addDays(today, 7));
  });

  it("hold: reminders pause until the date with the reason", async () => {
    const e = await escalate("u-chen", "CL-1025");
    const res = await act("u-hartwell", "holdUntil", {
      escalationId: e.id,
      holdUntil: addDays(today, 20),
      holdReason: "Partner negotiating",
    });
    expect(JSON.stringify(res.json.value)).toContain("Recorded: Hold");
    expect((await escalationNow(e.id)).decision?.option).toBe("hold");
    const holds = (await inStore((t) => t.documents.list<Hold>("hold", { clientId: "CL-1025" }))).map((d) => d.body);
    expect(holds).toEqual([
      expect.objectContaining({ until: addDays(today, 20), reason: "Partner negotiating", status: "active" }),
    ]);
  });

  it("write-off within authority credits the ledger", async () => {
    const e = await escalate("u-chen", "CL-1031");
    const res = await act("u-hartwell", "approveWriteOff", {
      escalationId: e.id,
      writeOffAmount: "250.00",
      writeOffReason: "Goodwill",
    });
    expect(JSON.stringify(res.json.value)).toContain("Recorded: Write-off");
    const credits = await inStore((t) => t.listCredits("CL-1031"));
    expect(credits.filter((c) => c.kind === "write-off").reduce((s, c) => s + c.amountMinor, 0)).toBe(25000);
  });

  it("server-side validation refuses bad input without deciding", async () => {
    const e = await escalate("u-chen", "CL-1037");
    const res = await act("u-hartwell", "approveWriteOff", {
      escalationId: e.id,
      writeOffAmount: "lots",
      writeOffReason: "x",
    });
    expect(JSON.stringify(res.json.value)).toContain("Not recorded: writeOffAmount must be a positive amount");
    expect((await escalationNow(e.id)).status).toBe("pending");
  });

  it("an amount above the partner's authority goes to the manager, whose card then decides it", async () => {
    const e = await escalate("u-nair", "CL-1006");
    await connector.waitFor(() =>
      connector.posts("a:u-delgado").some((c) => JSON.stringify(c.body).includes("Adatum Logistics")),
    );
    const res = await act("u-delgado", "approveWriteOff", {
      escalationId: e.id,
      writeOffAmount: "20000.00",
      writeOffReason: "Settlement",
    });
    expect(JSON.stringify(res.json.value)).toContain("Above your approval authority: sent to Dana Whitfield");
    const routed = await escalationNow(e.id);
    expect(routed).toMatchObject({
      status: "pending",
      routedTo: "u-whitfield",
      proposal: { option: "write-off", amountMinor: 2_000_000 },
    });
    await connector.waitFor(() =>
      connector.posts("a:u-whitfield").some((c) => JSON.stringify(c.body).includes("Adatum Logistics")),
    );
    const managerCard = cardIn(
      connector.posts("a:u-whitfield").find((c) => JSON.stringify(c.body).includes("Adatum Logistics"))!,
    );
    expect(cardProblems(managerCard)).toEqual([]);
    expect(JSON.stringify(managerCard)).toContain("above their approval authority");
    // Delgado's copy now waits for the manager and offers no decisions.
    await connector.waitFor(() => connector.updates("a:u-delgado").length > 0);
    expect(JSON.stringify(cardIn(connector.updates("a:u-delgado").at(-1)!))).not.toContain('"verb":"approveWriteOff"');
    const done = await act("u-whitfield", "approveWriteOff", {
      escalationId: e.id,
      writeOffAmount: "20000.00",
      writeOffReason: "Settlement",
    });
    expect(JSON.stringify(done.json.value)).toContain("Decided by Dana Whitfield");
  });

  it("reassign hands the escalation and its card to another partner", async () => {
    const e = await escalate("u-nair", "CL-1004");
    const res = await act("u-hartwell", "reassign", { escalationId: e.id, reassignTo: "u-pryce" });
    expect(JSON.stringify(res.json.value)).toContain("Reassigned to Marcus Pryce");
    expect((await escalationNow(e.id)).routedTo).toBe("u-pryce");
    await connector.waitFor(() =>
      connector.posts("a:u-pryce").some((c) => JSON.stringify(c.body).includes("Tailspin Logistics")),
    );
  });

  it("every card the connector received validates", () => {
    const cards = connector.calls.map(cardIn).filter(Boolean);
    expect(cards.length).toBeGreaterThan(8);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });
});

describe("workflow escalations", () => {
  it("reach the routed partner through the same notifier", async () => {
    const { getDeps } = await import("./compose");
    const { runDailySequences } = await import("./workflow-deps");
    const asOf = stack.asOf;
    const summary = await runDailySequences(await getDeps(), "demo-firm", { asOf, runAt: `${asOf}T11:00:00.000Z` });
    const created = summary.escalationsCreated ?? [];
    expect(created.length).toBeGreaterThan(0);
    const installedPartners = new Set(["u-hartwell", "u-delgado", "u-pryce"]);
    for (const e of created.filter((x) => installedPartners.has(x.routedTo))) {
      await connector.waitFor(() =>
        connector.posts(`a:${e.routedTo}`).some((c) => JSON.stringify(c.body).includes(`"escalationId":"${e.id}"`)),
      );
    }
  });
});

describe("plans and write-offs proposed outside an escalation", () => {
  it("are listed in my approvals and decided once from that card", async () => {
    const chen = {
      tenantId: "demo-firm",
      userId: "u-chen",
      email: "",
      name: "Jamie Chen",
      roles: ["specialist" as const],
    };
    const deps = { asOf: today, now: new Date().toISOString(), newId: () => "wo-1" };
    const made = await inStore((t) =>
      requestWriteOff(t, chen, { clientId: "CL-1001", amountMinor: 1500, reason: "Rounding" }, deps),
    );
    expect(made.ok && made.value.routedTo).toBe("u-hartwell");
    connector.clear();
    await postActivity(stack.url, message("u-hartwell", "my approvals", o()));
    await connector.waitFor(() => connector.posts("a:u-hartwell").length > 0);
    const list = cardIn(connector.posts("a:u-hartwell")[0]!);
    expect(cardProblems(list)).toEqual([]);
    expect(JSON.stringify(list)).toContain('"verb":"decideRequest"');
    const approve = { kind: "write-off", id: "wo-1", approve: true };
    const refused = await act("u-pryce", "decideRequest", approve);
    // Pryce does not see the client: the request is not found for him.
    expect(JSON.stringify(refused.json.value)).toContain("Not recorded: Not found");
    const [first, second] = await Promise.all([
      act("u-hartwell", "decideRequest", approve),
      act("u-hartwell", "decideRequest", approve),
    ]);
    const answers = [first, second].map((r) => JSON.stringify(r.json.value));
    expect(answers.filter((a) => a.includes("Write-off approved."))).toHaveLength(1);
    expect(answers.filter((a) => a.includes("Already decided by Eleanor Hartwell"))).toHaveLength(1);
    const credits = await inStore((t) => t.listCredits("CL-1001"));
    expect(credits.filter((c) => c.kind === "write-off").reduce((sum, c) => sum + c.amountMinor, 0)).toBe(1500);
  });
});

describe("commands over HTTP", () => {
  it("status and my approvals reply in the user's conversation", async () => {
    connector.clear();
    await postActivity(stack.url, message("u-pryce", "my approvals", o()));
    await postActivity(stack.url, message("u-hartwell", "status cl-1001", o()));
    await connector.waitFor(
      () => connector.posts("a:u-pryce").length > 0 && connector.posts("a:u-hartwell").length > 0,
    );
    expect(JSON.stringify(cardIn(connector.posts("a:u-pryce")[0]!))).toContain("Tailspin Logistics");
    expect(JSON.stringify(cardIn(connector.posts("a:u-hartwell")[0]!))).toContain("Northwind Logistics LLC");
  });
});
