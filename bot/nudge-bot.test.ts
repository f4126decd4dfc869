import { type Activity, TestAdapter } from "botbuilder";
import { beforeEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../adapters/fakes/memory-store";
import type { Escalation } from "../core/actions/documents";
import { requestEscalation } from "../core/actions/request-escalation";
import { ok } from "../core/errors/codes";
import { seedDemoFirm } from "../core/demo/seed-demo";
import { cardProblems } from "../test/support/card-validator";
import { VERBS } from "./cards/escalation-inputs";
import type { Messenger, OutgoingMessage } from "./conversations/messenger";
import type { DecisionService } from "./decisions/decision-service";
import type { BotEnv } from "./env";
import { NudgeBot } from "./nudge-bot";

const ASOF = "2026-11-23";
let store: MemoryStore;
let sent: OutgoingMessage[];
let decided: string[];
let env: BotEnv;

const messenger: Messenger = {
  send: async (_ref, message) => {
    sent.push(message);
    return `a${sent.length}`;
  },
  update: async (_ref, _id, message) => {
    sent.push(message);
  },
};

// A stand-in for the workflow's use cases: it records what the card asked for.
const decisions: DecisionService = {
  mayDecide: async (_s, principal, e) => e.routedTo === principal.userId,
  decideRequest: async (_s, principal, request) => {
    decided.push(`${principal.userId}:${request.kind}:${request.approve}`);
    return ok(request);
  },
  decide: async (s, principal, id, input) => {
    decided.push(`${principal.userId}:${input.verb}`);
    const doc = await s.documents.get<Escalation>("escalation", id);
    const escalation: Escalation = {
      ...doc!.body,
      status: "decided",
      decision: {
        option: "partner-call",
        decidedBy: principal.userId,
        decidedByName: principal.name,
        decidedAt: `${ASOF}T10:00:00.000Z`,
      },
    };
    await s.documents.upsert("escalation", id, escalation, {
      actorId: principal.userId,
      clientId: escalation.clientId,
    });
    return ok({ kind: "decided" as const, escalation });
  },
};

function teams(user: string, tenant = "demo-firm"): Partial<Activity> {
  return {
    channelId: "msteams",
    from: { id: `29:${user}`, name: user, aadObjectId: user },
    conversation: { id: `a:${user}`, conversationType: "personal", tenantId: tenant, isGroup: false, name: "" },
    channelData: { tenant: { id: tenant } },
  };
}

function adapterFor(user: string, tenant?: string): TestAdapter {
  const bot = new NudgeBot(env);
  return new TestAdapter(async (context) => bot.run(context), teams(user, tenant));
}

const cardOf = (activity: Partial<Activity>) => activity.attachments?.[0]?.content as Record<string, unknown>;

beforeEach(async () => {
  store = new MemoryStore();
  await seedDemoFirm(store, { asOf: ASOF });
  sent = [];
  decided = [];
  env = {
    store,
    publicUrl: "https://nudge.example",
    now: () => new Date(`${ASOF}T09:00:00.000Z`),
    today: () => ASOF,
    decisions,
    scores: async () => null,
    messenger,
  };
});

describe("text commands through TestAdapter", () => {
  it("answers help with a valid card naming the user", async () => {
    await adapterFor("u-hartwell")
      .send("help")
      .assertReply((reply) => {
        expect(cardProblems(cardOf(reply))).toEqual([]);
        expect(JSON.stringify(cardOf(reply))).toContain("Hi Eleanor");
      });
  });

  it("answers unknown text, and an unknown firm, with help", async () => {
    await adapterFor("u-hartwell")
      .send("what's up?")
      .assertReply((r) => expect(JSON.stringify(cardOf(r))).toContain("status <client>"));
    await adapterFor("someone", "probe-tenant")
      .send("status CL-1001")
      .assertReply((r) => expect(JSON.stringify(cardOf(r))).toContain("not linked to a Nudge user"));
  });

  it("shows status for a visible client by id or name prefix, and hides others", async () => {
    const client = (await store.forTenant("demo-firm").getClient("CL-1001"))!;
    await adapterFor("u-hartwell")
      .send("status cl-1001")
      .assertReply((r) => {
        const json = JSON.stringify(cardOf(r));
        expect(cardProblems(cardOf(r))).toEqual([]);
        expect(json).toContain(client.name.replace(/([*_[\]`])/g, "\\\\$1"));
        expect(json).toContain("Score not available");
      });
    await adapterFor("u-hartwell")
      .send(`status ${client.name.slice(0, 30)}`)
      .assertReply((r) => expect(JSON.stringify(cardOf(r))).toContain("CL-1001"));
    // CL-1002 belongs to another partner: not found for Hartwell.
    await adapterFor("u-hartwell")
      .send("status CL-1002")
      .assertReply((r) => expect(r.text).toContain("No client you can see"));
  });

  it("lists my approvals", async () => {
    const t = store.forTenant("demo-firm");
    const chen = {
      tenantId: "demo-firm",
      userId: "u-chen",
      email: "",
      name: "Jamie Chen",
      roles: ["specialist" as const],
    };
    const made = await requestEscalation(
      t,
      chen,
      { clientId: "CL-1001", reason: "No answer" },
      { asOf: ASOF, now: `${ASOF}T08:00:00.000Z`, newId: () => "esc-1" },
    );
    expect(made.ok).toBe(true);
    await adapterFor("u-hartwell")
      .send("my approvals")
      .assertReply((r) => {
        expect(cardProblems(cardOf(r))).toEqual([]);
        expect(JSON.stringify(cardOf(r))).toContain("My approvals (1)");
      });
  });
});

describe("Universal Actions through TestAdapter", () => {
  async function invoke(user: string, verb: string, data: Record<string, unknown>) {
    const adapter = adapterFor(user);
    await adapter.processActivity({
      type: "invoke",
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb, data: { ...data, verb } }, trigger: "manual" },
    } as Partial<Activity>);
    return adapter.activeQueue.find((a) => a.type === "invokeResponse")?.value as {
      status: number;
      body: { type: string; value: unknown };
    };
  }

  beforeEach(async () => {
    const t = store.forTenant("demo-firm");
    const chen = {
      tenantId: "demo-firm",
      userId: "u-chen",
      email: "",
      name: "Jamie Chen",
      roles: ["specialist" as const],
    };
    await requestEscalation(
      t,
      chen,
      { clientId: "CL-1001", reason: "No answer" },
      { asOf: ASOF, now: `${ASOF}T08:00:00.000Z`, newId: () => "esc-1" },
    );
  });

  it("refresh returns the actionable card to the routed partner and a read-only one to others who see the client", async () => {
    const mine = await invoke("u-hartwell", VERBS.refresh, { escalationId: "esc-1" });
    expect(mine.status).toBe(200);
    expect(mine.body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardProblems(mine.body.value)).toEqual([]);
    expect(JSON.stringify(mine.body.value)).toContain('"verb":"approveEscalation"');
    const theirs = await invoke("u-chen", VERBS.refresh, { escalationId: "esc-1" });
    expect(JSON.stringify(theirs.body.value)).not.toContain('"verb":"approveEscalation"');
    expect(JSON.stringify(theirs.body.value)).toContain("Only Eleanor Hartwell");
  });

  it("whoever may not see the escalation gets a short not-available card, for refresh, open and decisions", async () => {
    for (const verb of [VERBS.refresh, VERBS.open, "approveEscalation"]) {
      const theirs = await invoke("u-pryce", verb, { escalationId: "esc-1", escalationOption: "partner-call" });
      expect(theirs.body.type).toBe("application/vnd.microsoft.card.adaptive");
      expect(cardProblems(theirs.body.value)).toEqual([]);
      const text = JSON.stringify(theirs.body.value);
      expect(text).toContain("This escalation is not available to you.");
      expect(text).not.toContain("Eleanor Hartwell");
      expect(text).not.toContain("No answer");
    }
    expect(decided).toEqual([]);
  });

  it("a decision calls the use case once, validates inputs first, and refuses others", async () => {
    const bad = await invoke("u-hartwell", "approveEscalation", {
      escalationId: "esc-1",
      escalationOption: "nonsense",
    });
    expect(JSON.stringify(bad.body.value)).toContain("Not recorded");
    const refused = await invoke("u-chen", "approveEscalation", {
      escalationId: "esc-1",
      escalationOption: "partner-call",
    });
    expect(JSON.stringify(refused.body.value)).toContain("You may not decide");
    expect(decided).toEqual([]);
    const done = await invoke("u-hartwell", "approveEscalation", {
      escalationId: "esc-1",
      escalationOption: "partner-call",
    });
    expect(JSON.stringify(done.body.value)).toContain("Decided by Eleanor Hartwell");
    const again = await invoke("u-hartwell", "approveEscalation", {
      escalationId: "esc-1",
      escalationOption: "committee",
    });
    expect(JSON.stringify(again.body.value)).toContain("Already decided by Eleanor Hartwell");
    expect(decided).toEqual(["u-hartwell:approveEscalation"]);
  });

  it("answers an unknown escalation or verb with a message, not an error", async () => {
    expect((await invoke("u-hartwell", VERBS.refresh, { escalationId: "nope" })).body.type).toBe(
      "application/vnd.microsoft.activity.message",
    );
    expect((await invoke("u-hartwell", "launchMissiles", { escalationId: "esc-1" })).body.type).toBe(
      "application/vnd.microsoft.activity.message",
    );
  });
});
