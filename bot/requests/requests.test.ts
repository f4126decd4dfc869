/**
 * Payment plans and write-offs proposed outside an escalation, through the bot with the workflow's
 * real decision use cases: the card reaches whoever the authority matrix names, decisions from the
 * card happen once, every posted copy is refreshed and the specialist is told.
 */
import { type Activity, TestAdapter } from "botbuilder";
import { beforeEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import { DEMO_USERS } from "../../core/demo/demo-people";
import { seedDemoFirm } from "../../core/demo/seed-demo";
import { addDays } from "../../core/domain/dates";
import type { Principal } from "../../core/ports/principal";
import type { TenantStore } from "../../core/ports/store.port";
import { WF_DOC } from "../../core/workflow/documents";
import type { PaymentPlan } from "../../core/workflow/plans/plan-types";
import { proposePlan } from "../../core/workflow/plans/propose-plan";
import { requestWriteOff } from "../../core/workflow/writeoffs/request-write-off";
import type { WriteOffRequest } from "../../core/workflow/writeoffs/write-off-types";
import { cardProblems, verbsOf } from "../../test/support/card-validator";
import type { Messenger, OutgoingMessage } from "../conversations/messenger";
import { personalRefId, saveRef } from "../conversations/refs";
import { workflowDecisions } from "../decisions/workflow-decisions";
import type { BotEnv } from "../env";
import { NudgeBot } from "../nudge-bot";
import { createRequestNotifier } from "./notifier";

const ASOF = "2026-11-23";
let store: MemoryStore;
let firm: TenantStore;
let env: BotEnv;
let n: number;

interface Sent {
  to: string;
  kind: "send" | "update";
  activityId: string;
  message: OutgoingMessage;
}
let sent: Sent[];

const messenger: Messenger = {
  send: async (ref, message) => {
    const activityId = `act-${sent.length + 1}`;
    sent.push({ to: ref.conversation.id, kind: "send", activityId, message });
    return activityId;
  },
  update: async (ref, activityId, message) => {
    sent.push({ to: ref.conversation.id, kind: "update", activityId, message });
  },
};

const cardsTo = (user: string, kind: Sent["kind"] = "send") =>
  sent.filter((s) => s.to === `a:${user}` && s.kind === kind && "card" in s.message);
const textsTo = (user: string) =>
  sent.filter((s) => s.to === `a:${user}` && "text" in s.message).map((s) => (s.message as { text: string }).text);
const json = (value: unknown) => JSON.stringify(value);

function principalOf(userId: string): Principal {
  const u = DEMO_USERS.find((x) => x.id === userId)!;
  return { tenantId: "demo-firm", userId: u.id, email: u.email, name: u.displayName, roles: u.roles };
}

const deps = () => ({ asOf: ASOF, now: `${ASOF}T08:00:00.000Z`, newId: () => `req-${++n}` });

async function install(user: string) {
  await saveRef(firm, personalRefId(user), {
    scope: "personal",
    userId: user,
    teamsUserId: `29:${user}`,
    reference: {
      channelId: "msteams",
      serviceUrl: "http://127.0.0.1:1/",
      conversation: { id: `a:${user}`, conversationType: "personal", tenantId: "demo-firm" },
      bot: { id: "28:nudge-bot" },
    },
    savedAt: `${ASOF}T07:00:00.000Z`,
  });
}

function teams(user: string): Partial<Activity> {
  return {
    channelId: "msteams",
    from: { id: `29:${user}`, name: user, aadObjectId: user },
    recipient: { id: "28:nudge-bot", name: "Nudge" },
    conversation: { id: `a:${user}`, conversationType: "personal", tenantId: "demo-firm", isGroup: false, name: "" },
    channelData: { tenant: { id: "demo-firm" } },
  };
}

async function invoke(user: string, verb: string, data: Record<string, unknown>) {
  const adapter = new TestAdapter(async (context) => new NudgeBot(env).run(context), teams(user));
  await adapter.processActivity({
    type: "invoke",
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data: { ...data, verb } }, trigger: "manual" },
  } as Partial<Activity>);
  const response = adapter.activeQueue.find((a) => a.type === "invokeResponse")?.value as {
    body: { type: string; value: unknown };
  };
  return response.body;
}

async function proposeFor(clientId: string, by: string, input: Record<string, unknown> = {}): Promise<PaymentPlan> {
  const made = await proposePlan(
    firm,
    principalOf(by),
    { clientId, count: 3, startDate: addDays(ASOF, 8), note: "Client asked for three months", ...input },
    deps(),
  );
  if (!made.ok) throw new Error(made.message);
  return made.value;
}

async function writeOffFor(clientId: string, by: string, amountMinor: number): Promise<WriteOffRequest> {
  const made = await requestWriteOff(firm, principalOf(by), { clientId, amountMinor, reason: "Goodwill" }, deps());
  if (!made.ok) throw new Error(made.message);
  return made.value;
}

const planNow = async (id: string) => (await firm.documents.get<PaymentPlan>(WF_DOC.plan, id))!.body;
const writeOffNow = async (id: string) => (await firm.documents.get<WriteOffRequest>(WF_DOC.writeOff, id))!.body;

beforeEach(async () => {
  store = new MemoryStore();
  await seedDemoFirm(store, { asOf: ASOF });
  firm = store.forTenant("demo-firm");
  sent = [];
  n = 0;
  env = {
    store,
    publicUrl: "https://nudge.example",
    now: () => new Date(`${ASOF}T09:00:00.000Z`),
    today: () => ASOF,
    decisions: workflowDecisions,
    scores: async () => ({ headline: "41% likely to pay within 30 days", reasons: ["Paid late twice"] }),
    messenger,
  };
  for (const user of ["u-hartwell", "u-whitfield", "u-chen"]) await install(user);
});

describe("a proposal reaches the person who must decide", () => {
  it("a plan goes to the client's billing partner once, with the evidence and the installments", async () => {
    const plan = await proposeFor("CL-1001", "u-chen");
    const notifier = createRequestNotifier(env);
    expect(await notifier.requestProposed(firm, { kind: "plan", id: plan.id })).toBe("sent");
    expect(await notifier.requestProposed(firm, { kind: "plan", id: plan.id })).toBe("already-sent");
    const cards = cardsTo("u-hartwell");
    expect(cards).toHaveLength(1);
    const card = (cards[0]!.message as { card: unknown }).card;
    expect(cardProblems(card)).toEqual([]);
    const text = json(card);
    expect(text).toContain("Payment plan for approval: Northwind Logistics LLC");
    expect(text).toContain("Client asked for three months");
    expect(text).toContain("41% likely to pay within 30 days");
    expect(text).toContain(addDays(ASOF, 8));
    expect(text).toContain("Aging");
    expect(verbsOf(card).sort()).toEqual(["approveRequest", "modifyPlan", "refreshRequest", "rejectRequest"]);
    expect((card as { refresh: { userIds: string[] } }).refresh.userIds).toEqual(["29:u-hartwell"]);
  });

  it("a write-off above the partner's authority goes to the manager, not the partner", async () => {
    // Hartwell may approve $25,000; Contoso Holdings owes about $51,900.
    const w = await writeOffFor("CL-1022", "u-nair", 3_000_000);
    expect(w.routedTo).toBe("u-whitfield");
    expect(await createRequestNotifier(env).requestProposed(firm, { kind: "write-off", id: w.id })).toBe("sent");
    expect(cardsTo("u-hartwell")).toHaveLength(0);
    const card = (cardsTo("u-whitfield")[0]!.message as { card: unknown }).card;
    expect(cardProblems(card)).toEqual([]);
    expect(json(card)).toContain("Write-off for approval: Contoso Holdings LLC");
    expect(json(card)).toContain("Write off $30,000.00");
    expect(verbsOf(card).sort()).toEqual(["approveRequest", "refreshRequest", "rejectRequest"]);
  });

  it("without a conversation the proposal stands; the card follows when the partner installs", async () => {
    const plan = await proposeFor("CL-1002", "u-nair");
    expect(plan.routedTo).toBe("u-pryce");
    expect(await createRequestNotifier(env).requestProposed(firm, { kind: "plan", id: plan.id })).toBe(
      "no-conversation",
    );
    expect(sent).toHaveLength(0);
    const adapter = new TestAdapter(async (context) => new NudgeBot(env).run(context), teams("u-pryce"));
    await adapter.processActivity({ type: "installationUpdate", action: "add" } as Partial<Activity>);
    expect(json(cardsTo("u-pryce")[0]?.message)).toContain("Payment plan for approval: Contoso Logistics LLC");
  });
});

describe("deciding on the card", () => {
  it("someone else who sees the client gets the read-only card saying who can decide, and is refused", async () => {
    const plan = await proposeFor("CL-1001", "u-chen");
    const view = await invoke("u-chen", "refreshRequest", { kind: "plan", id: plan.id });
    expect(cardProblems(view.value)).toEqual([]);
    expect(verbsOf(view.value)).toEqual(["refreshRequest"]);
    expect(json(view.value)).toContain(
      "Only Eleanor Hartwell (or a collections manager) can decide this payment plan.",
    );
    const refused = await invoke("u-chen", "approveRequest", { kind: "plan", id: plan.id });
    expect(json(refused.value)).toContain("You may not decide this payment plan.");
    expect((await planNow(plan.id)).status).toBe("proposed");
    const mine = await invoke("u-hartwell", "refreshRequest", { kind: "plan", id: plan.id });
    expect(verbsOf(mine.value)).toContain("modifyPlan");
  });

  it("whoever may not see the request gets a short not-available card for any verb", async () => {
    const plan = await proposeFor("CL-1001", "u-chen");
    const w = await writeOffFor("CL-1001", "u-chen", 1_500);
    for (const [verb, ref] of [
      ["refreshRequest", { kind: "plan", id: plan.id }],
      ["approveRequest", { kind: "plan", id: plan.id }],
      ["refreshRequest", { kind: "write-off", id: w.id }],
      ["rejectRequest", { kind: "write-off", id: w.id, rejectReason: "No" }],
    ] as const) {
      const view = await invoke("u-pryce", verb, ref);
      expect(cardProblems(view.value)).toEqual([]);
      expect(json(view.value)).toContain(
        `This ${ref.kind === "plan" ? "payment plan" : "write-off"} is not available to you.`,
      );
      expect(json(view.value)).not.toContain("Northwind");
      expect(json(view.value)).not.toContain("Eleanor Hartwell");
    }
    expect((await planNow(plan.id)).status).toBe("proposed");
    expect((await writeOffNow(w.id)).status).toBe("pending");
  });

  it("four eyes: the partner's own plan goes to the manager, and its card never lets the partner decide it", async () => {
    const plan = await proposeFor("CL-1001", "u-hartwell");
    expect(plan.routedTo).toBe("u-whitfield");
    // Even were it routed to the partner herself (say, reassigned), her card stays read-only.
    const doc = (await firm.documents.get<PaymentPlan>(WF_DOC.plan, plan.id))!;
    await firm.documents.replace(
      WF_DOC.plan,
      plan.id,
      { ...doc.body, routedTo: "u-hartwell", approvalLevel: "partner" },
      { actorId: "test", clientId: "CL-1001", ifMatch: doc.etag },
    );
    const view = await invoke("u-hartwell", "refreshRequest", { kind: "plan", id: plan.id });
    expect(verbsOf(view.value)).toEqual(["refreshRequest"]);
    const refused = await invoke("u-hartwell", "approveRequest", { kind: "plan", id: plan.id });
    expect(json(refused.value)).toContain("You may not decide this payment plan.");
    const list = await invoke("u-hartwell", "decideRequest", { kind: "plan", id: plan.id, approve: true });
    expect(json(list.value)).toContain("four-eyes");
    expect((await planNow(plan.id)).status).toBe("proposed");
  });

  it("modify: checked on the server first, then approved with the new terms; copies refresh, the specialist is told", async () => {
    const plan = await proposeFor("CL-1001", "u-chen");
    await createRequestNotifier(env).requestProposed(firm, { kind: "plan", id: plan.id });
    const posted = cardsTo("u-hartwell")[0]!;
    const bad = await invoke("u-hartwell", "modifyPlan", {
      kind: "plan",
      id: plan.id,
      modifyInstallments: "2",
      modifyStart: ASOF,
      modifyAmount: "300.00",
    });
    expect(json(bad.value)).toContain("Not recorded: modifyStart must be after today");
    expect((await planNow(plan.id)).status).toBe("proposed");
    const done = await invoke("u-hartwell", "modifyPlan", {
      kind: "plan",
      id: plan.id,
      modifyInstallments: "2",
      modifyStart: addDays(ASOF, 14),
      modifyAmount: "300.00",
    });
    expect(cardProblems(done.value)).toEqual([]);
    expect(json(done.value)).toContain("Recorded: Payment plan approved with changes.");
    expect(json(done.value)).toMatch(
      /Decided by Eleanor Hartwell at \d{4}-\d\d-\d\d \d\d:\d\d UTC: Approved with changes/,
    );
    expect(verbsOf(done.value)).toEqual(["refreshRequest"]);
    const now = await planNow(plan.id);
    expect(now).toMatchObject({ status: "active", totalMinor: 30_000 });
    expect(now.installments.map((i) => [i.dueDate, i.amountMinor])).toEqual([
      [addDays(ASOF, 14), 15_000],
      [addDays(ASOF, 14 + 31), 15_000],
    ]);
    const update = cardsTo("u-hartwell", "update").at(-1)!;
    expect(update.activityId).toBe(posted.activityId);
    expect(json(update.message)).toContain("Decided by Eleanor Hartwell");
    expect(textsTo("u-chen")).toEqual([
      expect.stringContaining("Eleanor Hartwell approved the payment plan for Northwind Logistics LLC with changes"),
    ]);
  });

  it("reject needs a reason, which the specialist hears", async () => {
    const w = await writeOffFor("CL-1001", "u-chen", 1_500);
    const noReason = await invoke("u-hartwell", "rejectRequest", { kind: "write-off", id: w.id, rejectReason: " " });
    expect(json(noReason.value)).toContain("Not recorded: rejectReason is required");
    const done = await invoke("u-hartwell", "rejectRequest", {
      kind: "write-off",
      id: w.id,
      rejectReason: "Client can pay this",
    });
    expect(json(done.value)).toContain("Decided by Eleanor Hartwell");
    expect(json(done.value)).toContain("Rejected");
    expect(await writeOffNow(w.id)).toMatchObject({ status: "rejected", decision: { note: "Client can pay this" } });
    expect(textsTo("u-chen")).toEqual([
      "Eleanor Hartwell rejected the write-off for Northwind Logistics LLC: Client can pay this",
    ]);
    expect((await firm.listCredits("CL-1001")).filter((c) => c.kind === "write-off")).toHaveLength(0);
  });

  it("a double click yields one decision, and the second click is told who decided", async () => {
    const w = await writeOffFor("CL-1001", "u-chen", 1_500);
    await createRequestNotifier(env).requestProposed(firm, { kind: "write-off", id: w.id });
    const answers = (
      await Promise.all([
        invoke("u-hartwell", "approveRequest", { kind: "write-off", id: w.id }),
        invoke("u-hartwell", "approveRequest", { kind: "write-off", id: w.id }),
      ])
    ).map((a) => json(a.value));
    expect(answers.filter((a) => a.includes("Recorded: Write-off approved."))).toHaveLength(1);
    expect(answers.filter((a) => a.includes("Already decided by Eleanor Hartwell"))).toHaveLength(1);
    const credits = (await firm.listCredits("CL-1001")).filter((c) => c.kind === "write-off");
    expect(credits.reduce((s, c) => s + c.amountMinor, 0)).toBe(1_500);
    const decisions = await firm.listInteractions({ clientId: "CL-1001", kinds: ["decision"] });
    expect(decisions.filter((d) => d.data?.writeOffId === w.id)).toHaveLength(1);
    expect(textsTo("u-chen")).toHaveLength(1);
  });

  it("the my approvals list decides through the same path: the posted card refreshes", async () => {
    const plan = await proposeFor("CL-1001", "u-chen");
    await createRequestNotifier(env).requestProposed(firm, { kind: "plan", id: plan.id });
    const list = await invoke("u-hartwell", "decideRequest", { kind: "plan", id: plan.id, approve: true });
    expect(json(list.value)).toContain("Recorded: Payment plan approved.");
    expect((await planNow(plan.id)).status).toBe("active");
    expect(json(cardsTo("u-hartwell", "update").at(-1)?.message)).toContain("Decided by Eleanor Hartwell");
  });

  it("answers an unknown request with a message", async () => {
    const answer = await invoke("u-hartwell", "refreshRequest", { kind: "plan", id: "nope" });
    expect(answer.type).toBe("application/vnd.microsoft.activity.message");
  });
});
