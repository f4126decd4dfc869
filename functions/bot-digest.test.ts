/**
 * The managers' weekly digest end to end: installed in a team by the manager, sent on demand, and
 * checked against figures recomputed here, by hand, from the store the app wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import type { Escalation, PromiseToPay } from "../core/actions/documents";
import type { DigestFigures } from "../bot/digest/digest-figures";
import { indexReductions } from "../core/aging/balance";
import { addDays, daysBetween } from "../core/domain/dates";
import type { Invoice } from "../core/domain/types";
import { cei, dsoCountback } from "../core/measures/measures";
import { formatMoney } from "../core/money/money";
import { cardProblems } from "../test/support/card-validator";
import { type FakeConnector, startFakeConnector } from "../test/support/fake-connector";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";
import { cardAction, installed, postActivity } from "../test/support/teams-activities";

const today = new Date().toISOString().slice(0, 10);
const weekStart = addDays(today, -6);
const CHANNEL = { id: "19:managers@thread.tacv2", conversationType: "channel" as const, teamId: "19:collections-team" };
let stack: LocalStack;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  stack = await startLocalStack({ asOf: today });
  const o = { serviceUrl: connector.serviceUrl };
  await postActivity(stack.url, installed("u-whitfield", { ...o, conversation: CHANNEL }));
  await postActivity(stack.url, installed("u-hartwell", o));
  // A week with an escalation pending, one decided (a write-off), and a promise falling due.
  const chen = await stack.tokenFor("u-chen");
  expect((await stack.call("POST", "/escalations", chen, { clientId: "CL-1001", reason: "No answer" })).status).toBe(
    201,
  );
  const decided = await stack.call("POST", "/escalations", chen, { clientId: "CL-1013", reason: "Small balance" });
  const click = await postActivity(
    stack.url,
    cardAction(
      "u-hartwell",
      "approveWriteOff",
      { escalationId: decided.json.id, writeOffAmount: "100.00", writeOffReason: "Goodwill" },
      o,
    ),
  );
  expect(JSON.stringify(click.json)).toContain("Decided by Eleanor Hartwell");
  expect(
    (await stack.call("POST", "/clients/CL-1001/promises", chen, { amountMinor: 5000, date: addDays(today, -2) }))
      .status,
  ).toBe(201);
});
afterAll(async () => {
  await stack?.stop();
  await connector?.close();
});

/** What an invoice owed at the end of `day`, replaying payments and credits. */
function owedOn(i: Invoice, day: string, reductions: Map<string, { date: string; amount: number }[]>): number {
  if (i.invoiceDate > day) return 0;
  if (i.status !== "open" && i.paidDate && i.paidDate <= day) return 0;
  const paid = (reductions.get(i.id) ?? []).filter((r) => r.date <= day).reduce((s, r) => s + r.amount, 0);
  return Math.max(0, i.amountMinor - paid);
}

const bucketOf = (days: number) =>
  days <= 0
    ? "current"
    : days <= 30
      ? "d1_30"
      : days <= 60
        ? "d31_60"
        : days <= 90
          ? "d61_90"
          : days <= 120
            ? "d91_120"
            : "d120_plus";

describe("weekly digest", () => {
  it("only managers may send it", async () => {
    expect((await stack.call("POST", "/digest/send", await stack.tokenFor("u-chen"))).status).toBe(403);
  });

  it("posts to the managers' channel with figures that match the store", async () => {
    const res = await stack.call("POST", `/digest/send?asOf=${today}`, await stack.tokenFor("u-whitfield"));
    expect(res.status).toBe(200);
    const f = (res.json as { figures: DigestFigures }).figures;

    const store = SqliteStore.open({ dataDir: stack.dataDir });
    const t = store.forTenant("demo-firm");
    const [invoices, payments, credits, interactions, escalations, promiseDocs, tenant] = await Promise.all([
      t.listInvoices(),
      t.listPayments(),
      t.listCredits(),
      t.listInteractions(),
      t.documents.list<Escalation>("escalation"),
      t.documents.list<PromiseToPay>("promise"),
      t.getTenant(),
    ]);
    await store.close();

    const reductions = new Map<string, { date: string; amount: number }[]>();
    for (const p of payments)
      for (const a of p.applications)
        reductions.set(a.invoiceId, [
          ...(reductions.get(a.invoiceId) ?? []),
          { date: p.receivedDate, amount: a.amountMinor },
        ]);
    for (const c of credits)
      reductions.set(c.invoiceId, [...(reductions.get(c.invoiceId) ?? []), { date: c.date, amount: c.amountMinor }]);
    const nowOwed = (i: Invoice) => (i.status === "open" && i.invoiceDate <= today ? i.balanceMinor : 0);
    const lastWeek = addDays(today, -7);
    const buckets = (day: string, owed: (i: Invoice) => number) => {
      const out: Record<string, number> = {};
      for (const i of invoices) {
        const v = owed(i);
        if (v > 0) out[bucketOf(daysBetween(i.dueDate, day))] = (out[bucketOf(daysBetween(i.dueDate, day))] ?? 0) + v;
      }
      return out;
    };
    const now = buckets(today, nowOwed);
    const before = buckets(lastWeek, (i) => owedOn(i, lastWeek, reductions));
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

    expect(f.weekStart).toBe(weekStart);
    expect(f.totalArMinor).toBe(sum(now));
    expect(f.totalArLastWeekMinor).toBe(sum(before));
    for (const b of f.buckets) {
      expect(b.nowMinor).toBe(now[b.id] ?? 0);
      expect(b.beforeMinor).toBe(before[b.id] ?? 0);
    }
    const ledger = indexReductions(payments, credits);
    expect(f.dsoDays).toBe(dsoCountback(invoices, today, ledger));
    expect(f.ceiPercent).toBe(cei(invoices, addDays(today, -89), today, ledger));

    const inWeek = (d?: string) => d !== undefined && d >= weekStart && d <= today;
    expect(f.escalations).toEqual({
      pending: escalations.filter((e) => e.body.status === "pending").length,
      decided: escalations.filter((e) => inWeek(e.body.decision?.decidedAt?.slice(0, 10))).length,
    });
    expect(f.escalations).toEqual({ pending: 1, decided: 1 });

    const promises = new Map<string, string>();
    for (const i of interactions)
      if (i.kind === "promise" && inWeek(i.data?.date as string)) promises.set(i.id, String(i.data?.outcome ?? "open"));
    for (const d of promiseDocs)
      if (inWeek(d.body.promisedDate)) promises.set(d.body.sourceInteractionId ?? d.body.id, d.body.status);
    const states = [...promises.values()];
    expect(f.promises).toEqual({
      due: states.length,
      kept: states.filter((s) => s === "kept").length,
      broken: states.filter((s) => s === "broken").length,
    });
    expect(f.promises.due).toBeGreaterThan(0);

    const touches = interactions.filter(
      (i) => ["email-sent", "email-drafted", "call", "letter", "sms"].includes(i.kind) && inWeek(i.at.slice(0, 10)),
    );
    for (const id of ["u-chen", "u-nair"]) {
      const mine = touches.filter((i) => i.actorId === id);
      expect(f.collectors.find((c) => c.userId === id)).toMatchObject({
        touches: mine.length,
        accounts: new Set(mine.map((i) => i.clientId)).size,
      });
    }

    const writeOffs = credits.filter((c) => c.kind === "write-off" && inWeek(c.date));
    expect(f.writeOffs).toEqual({
      count: writeOffs.length,
      amountMinor: writeOffs.reduce((s, c) => s + c.amountMinor, 0),
    });
    expect(f.writeOffs.amountMinor).toBe(10000);

    // Baseline: the 180 days before Nudge started vs since, over invoices paid in each.
    const start = tenant!.nudgeStartDate!;
    const paidIn = (from: string, to: string) =>
      invoices.filter((i) => i.status === "paid" && i.paidDate && i.paidDate >= from && i.paidDate <= to);
    const mean1 = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;
    const sides = { before: paidIn(addDays(start, -180), addDays(start, -1)), after: paidIn(start, today) };
    for (const [key, paid] of Object.entries(sides) as ["before" | "after", Invoice[]][]) {
      const late = paid.filter((i) => i.paidDate! > i.dueDate);
      expect(f.baseline?.[key]).toMatchObject({
        paid: paid.length,
        avgDaysToPay: mean1(paid.map((i) => daysBetween(i.invoiceDate, i.paidDate!))),
        cycles: late.length,
        avgCycleDays: mean1(late.map((i) => daysBetween(i.dueDate, i.paidDate!))),
      });
    }

    // Without a model: the five clients with the most owed over 90 days past due, largest first.
    const over90ByClient = new Map<string, number>();
    for (const i of invoices) {
      if (nowOwed(i) > 0 && daysBetween(i.dueDate, today) > 90)
        over90ByClient.set(i.clientId, (over90ByClient.get(i.clientId) ?? 0) + nowOwed(i));
    }
    const top = [...over90ByClient].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
    expect(f.atRiskSource).toBe("largest-over-90");
    expect(f.atRisk.map((a) => a.clientId)).toEqual(top.map(([id]) => id));

    await connector.waitFor(() => connector.posts(CHANNEL.id).length === 1);
    const card = connector.posts(CHANNEL.id)[0]!.body.attachments?.[0]?.content;
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain(formatMoney(f.totalArMinor, "USD"));
    expect(text).toContain("Largest balances over 90 days past due (no model score yet)");
    expect(text).toContain("preview.html?client=");
    expect(text).toContain("Time per collection cycle");
  });
});
