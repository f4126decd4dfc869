/**
 * A collections story over 120 simulated days, through the HTTP API on the embedded store: the daily
 * run each day, with a payment in full, a partial payment, a dispute, a broken promise and a payment
 * plan with a missed installment. Every draft is checked against what the sequence should do.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import type { Invoice } from "../core/domain/types";
import type { WorkflowDraft, WorkflowTask } from "../core/workflow/documents";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";
import { type SimClock, simClock } from "../test/support/sim-clock";

const START = new Date().toISOString().slice(0, 10);
let stack: LocalStack;
let clock: SimClock;
let tokens: Record<string, string>;

const ids = { s1: "CL-STORY|S1", s2: "CL-STORY|S2", s3: "CL-STORY|S3", s4: "CL-STORY|S4" };

async function ledger<T>(work: (store: ReturnType<SqliteStore["forTenant"]>) => Promise<T>): Promise<T> {
  const db = SqliteStore.open({ dataDir: stack.dataDir });
  try {
    return await work(db.forTenant("demo-firm"));
  } finally {
    await db.close();
  }
}

/** What the billing import would do when a payment arrives: the payment, and the invoice re-based. */
async function pay(invoiceId: string, day: number, amountMinor: number) {
  await ledger(async (store) => {
    const { stamp: _s, ...inv } = (await store.getInvoice(invoiceId))!;
    const balanceMinor = inv.balanceMinor - amountMinor;
    const date = clock.day(day);
    const next: Invoice = {
      ...inv,
      balanceMinor,
      ...(balanceMinor === 0 ? { status: "paid" as const, paidDate: date } : {}),
    };
    const payment = {
      tenantId: "demo-firm",
      id: `${invoiceId}|pay|${date}`,
      clientId: "CL-STORY",
      receivedDate: date,
      amountMinor,
      currency: "USD",
      applications: [{ invoiceId, amountMinor }],
      unappliedMinor: 0,
    };
    await store.applyLedgerBatch({ payments: [payment], invoices: [next] }, "import");
  });
}

beforeAll(async () => {
  stack = await startLocalStack({ asOf: START });
  clock = await simClock(START);
  const invoice = (n: string, dueIn: number, amountMinor: number): Invoice => ({
    tenantId: "demo-firm",
    id: `CL-STORY|${n}`,
    clientId: "CL-STORY",
    number: n,
    invoiceDate: clock.day(dueIn - 30),
    dueDate: clock.day(dueIn),
    amountMinor,
    balanceMinor: amountMinor,
    currency: "USD",
    status: "open",
    disputed: false,
  });
  await ledger((store) =>
    store.applyLedgerBatch(
      {
        clients: [
          {
            tenantId: "demo-firm",
            id: "CL-STORY",
            name: "Storybook Media LLC",
            contacts: [{ name: "Accounts Payable", email: "ap@storybook.example" }],
            emailDomains: ["storybook.example"],
            billingPartnerId: "u-delgado",
            collectorId: "u-chen",
            language: "en",
            preferredChannel: "email",
          },
        ],
        invoices: [
          invoice("S1", 0, 300_000),
          invoice("S2", 10, 200_000),
          invoice("S3", 5, 150_000),
          invoice("S4", 15, 100_000),
        ],
      },
      "import",
    ),
  );
  tokens = {
    chen: await stack.tokenFor("u-chen"),
    delgado: await stack.tokenFor("u-delgado"),
    morgan: await stack.tokenFor("u-morgan"),
  };
}, 120_000);
afterAll(async () => {
  clock?.restore();
  await stack?.stop();
});

describe("120 days of one client's collections, day by day", () => {
  it("drafts the right reminders, pauses and resumes them, and never drafts a step twice", async () => {
    const runs: Record<
      number,
      { created: number; promises: { broken: number }; plans: { missedInstallments: number; defaulted: number } }
    > = {};
    let disputeId = "";
    for (let d = 0; d <= 120; d++) {
      await clock.set(d);
      if (d === 20) await pay(ids.s1, 20, 300_000);
      if (d === 25) await pay(ids.s2, 25, 50_000);
      if (d === 30) {
        const r = await stack.call("POST", "/clients/CL-STORY/disputes", tokens.chen, {
          reasonCode: "work-quality",
          invoiceIds: [ids.s3],
        });
        expect(r.status).toBe(201);
        disputeId = r.json.id;
      }
      if (d === 40) {
        const r = await stack.call("POST", "/clients/CL-STORY/promises", tokens.chen, {
          amountMinor: 100_000,
          date: clock.day(50),
          invoiceIds: [ids.s4],
        });
        expect(r.json).toMatchObject({ status: "open", recordedAt: `${clock.day(40)}T14:00:00.000Z` });
      }
      if (d === 60) {
        const plan = await stack.call("POST", "/plans", tokens.chen, {
          clientId: "CL-STORY",
          invoiceIds: [ids.s2],
          count: 3,
          startDate: clock.day(65),
          cadence: "biweekly",
        });
        expect(plan.json).toMatchObject({ status: "proposed", routedTo: "u-delgado", totalMinor: 150_000 });
        expect(plan.json.installments.map((i: { amountMinor: number }) => i.amountMinor)).toEqual([
          50_000, 50_000, 50_000,
        ]);
        expect(
          (await stack.call("POST", `/plans/${plan.json.id}/decision`, tokens.delgado, { approve: true })).status,
        ).toBe(200);
      }
      if (d === 66) await pay(ids.s2, 66, 50_000); // the first installment on time; the second (day 79) and third (day 93) never come
      if (d === 70)
        expect(
          (
            await stack.call("POST", `/disputes/${disputeId}/resolve`, tokens.delgado, {
              resolution: "Fees reduced by agreement",
            })
          ).status,
        ).toBe(200);
      const run = await stack.call("POST", "/sequences/run", tokens.morgan, {});
      expect(run.status).toBe(200);
      expect(run.json.asOf).toBe(clock.day(d));
      runs[d] = run.json;
      if (d % 10 === 0) expect((await stack.call("POST", "/sequences/run", tokens.morgan, {})).json.created).toBe(0);
    }

    const drafts: WorkflowDraft[] = [...(await stack.call("GET", "/drafts?clientId=CL-STORY", tokens.chen)).json].sort(
      (a, b) => (a.runDate < b.runDate ? -1 : 1),
    );
    const dayOf = (iso: string) => Math.round((Date.parse(iso) - Date.parse(START)) / 86_400_000);
    const timeline = drafts.map(
      (x) => `${dayOf(x.runDate)}:${x.stepId}:${x.invoiceIds.map((i) => i.slice(-2)).join("+")}`,
    );
    // The whole sequence, day: step: invoices (a client's due steps share one draft, worded by the most advanced).
    expect(timeline).toEqual([
      "0:due:S1+S3", // S1 due today; S3's friendly notice rides along
      "3:pre-7:S2",
      "6:due:S3", // due on day 5, held one day by the 3-day minimum interval
      "9:+7:S1+S4",
      "12:+7:S3+S2",
      "15:+15:S1+S4",
      "18:+7:S2",
      "20:end:S1", // paid in full: thank-you receipt
      "23:+15:S3+S4",
      "26:+15:S2", // after the partial payment
      "30:+15:S4", // S3 disputed from day 30
      "40:+30:S2", // S4 promised from day 40
      "54:+30:S4", // promise broken
      "57:+45:S2",
      "60:+45:S4", // S2 on a plan from day 60
      "95:+90:S3", // dispute resolved on day 70 (its +60 step is a partner task)
      "100:+90:S2", // plan defaulted on day 99
      "105:+90:S4",
    ]);
    const taskLine = (t: WorkflowTask) =>
      `${dayOf(t.dueDate)}:${t.kind}:${t.invoiceIds.map((i) => i.slice(-2)).join("+")}`;
    const allTasks = (await ledger((st) => st.documents.list<WorkflowTask>("task", { clientId: "CL-STORY" }))).map(
      (t) => t.body,
    );
    expect(allTasks.map(taskLine).sort()).toEqual([
      "100:write-off-review:S2",
      "105:write-off-review:S4",
      "54:broken-promise:S4",
      "60:escalation-decided:S2",
      "70:partner-task:S3",
      "75:partner-task:S4",
      "85:missed-installment:S2",
      "95:write-off-review:S3",
      "99:missed-installment:S2",
      "99:partner-task:S2",
      "99:plan-defaulted:S2",
    ]);

    // Each sequence step of each invoice is drafted at most once, whatever was rerun.
    const touches = await ledger((s) =>
      s.documents.list<{ invoiceId: string; stepId: string; dueDate: string }>("sequence-touch", {
        clientId: "CL-STORY",
      }),
    );
    const keys = touches.map((t) => `${t.body.invoiceId}|${t.body.stepId}|${t.body.dueDate}`);
    expect(new Set(keys).size).toBe(keys.length);

    // S1: reminders until it was paid on day 20, then one thank-you receipt and nothing more.
    expect(timeline.filter((t) => t.includes("S1"))).toEqual(expect.arrayContaining(["20:end:S1"]));
    expect(timeline.filter((t) => t.includes("S1") && dayOf(clock.day(Number(t.split(":")[0]))) > 20)).toEqual([]);
    expect(drafts.find((x) => x.stepId === "end")?.purpose).toBe("receipt");

    // S2: the partial payment re-based the balance ($1,500.00) without stopping its reminders.
    const s2After = drafts.filter((x) => x.invoiceIds.includes(ids.s2) && dayOf(x.runDate) > 25);
    expect(s2After.length).toBeGreaterThan(0);
    expect(s2After[0]!.text).toContain("$1,500.00");

    // S3: nothing while disputed (days 30-69); back in the sequence after the resolution.
    const s3 = drafts.filter((x) => x.invoiceIds.includes(ids.s3)).map((x) => dayOf(x.runDate));
    expect(s3.some((day) => day >= 30 && day < 70)).toBe(false);
    const tasks = (await ledger((s) => s.documents.list<WorkflowTask>("task", { clientId: "CL-STORY" }))).map(
      (t) => t.body,
    );
    const s3After = [
      ...s3.filter((day) => day >= 70),
      ...tasks.filter((t) => t.invoiceIds.includes(ids.s3) && t.kind === "partner-task").map((t) => dayOf(t.dueDate)),
    ];
    expect(s3After.length).toBeGreaterThan(0);

    // S4: paused by the promise from day 40, broken on day 54 (date + 3 days' grace) with a follow-up task, then chased again.
    expect(runs[54]!.promises.broken).toBe(1);
    expect(tasks.find((t) => t.kind === "broken-promise")).toMatchObject({
      assignedTo: "u-chen",
      dueDate: clock.day(54),
    });
    const s4 = drafts.filter((x) => x.invoiceIds.includes(ids.s4)).map((x) => dayOf(x.runDate));
    expect(s4.some((day) => day >= 40 && day < 54)).toBe(false);
    expect(s4.some((day) => day >= 54)).toBe(true);

    // The plan: installments of days 79 and 93 missed after 5 days' grace (tasks on days 85 and 99); two misses
    // default it on day 99 and S2's reminders resume.
    expect([runs[85]!.plans.missedInstallments, runs[99]!.plans.missedInstallments, runs[99]!.plans.defaulted]).toEqual(
      [1, 1, 1],
    );
    expect(
      tasks
        .filter((t) => t.kind === "missed-installment")
        .map((t) => dayOf(t.dueDate))
        .sort(),
    ).toEqual([85, 99]);
    expect(tasks.find((t) => t.kind === "plan-defaulted")).toMatchObject({ dueDate: clock.day(99) });
    const plan = (await stack.call("GET", "/clients/CL-STORY/state", tokens.chen)).json.other["payment-plan"][0];
    expect(plan).toMatchObject({
      status: "defaulted",
      progress: { paidMinor: 50_000, balanceMinor: 100_000, missedCount: 2 },
    });
    const s2Resumed = [
      ...drafts.filter((x) => x.invoiceIds.includes(ids.s2)).map((x) => dayOf(x.runDate)),
      ...tasks.filter((t) => t.invoiceIds.includes(ids.s2) && t.kind === "partner-task").map((t) => dayOf(t.dueDate)),
    ];
    expect(s2Resumed.some((day) => day >= 60 && day < 99)).toBe(false);
    expect(s2Resumed.some((day) => day >= 99)).toBe(true);

    // Never two contacts within the 3-day minimum interval (receipts aside).
    const reminderDays = drafts.filter((x) => x.stepId !== "end").map((x) => dayOf(x.runDate));
    for (let i = 1; i < reminderDays.length; i++)
      expect(reminderDays[i]! - reminderDays[i - 1]!).toBeGreaterThanOrEqual(3);
    expect(timeline.length).toBeGreaterThanOrEqual(8);
  }, 240_000);

  it("the audit trail of the story verifies", async () => {
    const verdict = await stack.call("GET", "/audit/verify?clientId=CL-STORY", await stack.tokenFor("u-whitfield"));
    expect(verdict.json).toMatchObject({ ok: true, clients: 1 });
    expect(verdict.json.records).toBeGreaterThan(15);
  });
});
