/**
 * Every figure the managers' dashboard shows, through the real Functions host on a seeded store,
 * checked against the same figure recomputed here from the demo firm's ledger with plain loops
 * (no core measure or aging function): totals, buckets, DSO, CEI, shares, the inventory, the
 * escalation queues, comment quality, campaign progress and the baseline shares.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoFirm } from "../core/demo/demo-firm";
import type { Invoice, IsoDate } from "../core/domain/types";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

const DAY = 86_400_000;
const today = new Date().toISOString().slice(0, 10);
const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
const shift = (d: string, n: number) => new Date((day(d) + n) * DAY).toISOString().slice(0, 10);
const firm = generateDemoFirm({ asOf: today });
const invoices = firm.batch.invoices ?? [];
const payments = firm.batch.payments ?? [];

const applied = new Map<string, { date: IsoDate; amount: number }[]>();
for (const p of payments)
  for (const a of p.applications)
    applied.set(a.invoiceId, [...(applied.get(a.invoiceId) ?? []), { date: p.receivedDate, amount: a.amountMinor }]);

/** What an invoice still owed at the end of `d`: its amount less every payment applied on or before `d`. */
function owed(i: Invoice, d: IsoDate): number {
  if (i.invoiceDate > d) return 0;
  let left = i.amountMinor;
  for (const a of applied.get(i.id) ?? []) if (a.date <= d) left -= a.amount;
  return Math.max(0, left);
}
const ar = (d: IsoDate, keep: (i: Invoice) => boolean = () => true) =>
  invoices.reduce((s, i) => s + (keep(i) ? owed(i, d) : 0), 0);
const billed = (from: IsoDate, to: IsoDate) =>
  invoices.reduce((s, i) => s + (i.invoiceDate >= from && i.invoiceDate <= to ? i.amountMinor : 0), 0);
const late = (i: Invoice, d: IsoDate) => day(d) - day(i.dueDate);

function monthsBack(d: IsoDate, k: number): IsoDate {
  const [y, m, dd] = d.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - k;
  const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-${String(Math.min(dd, last)).padStart(2, "0")}`;
}
function dso(d: IsoDate): number | null {
  let left = ar(d);
  if (left <= 0) return null;
  let days = 0;
  for (let k = 0; k < 24 && left > 0; k++) {
    const to = monthsBack(d, k);
    const from = shift(monthsBack(d, k + 1), 1);
    const n = day(to) - day(from) + 1;
    const sales = billed(from, to);
    if (sales > 0 && left < sales) {
      days += (left / sales) * n;
      left = 0;
    } else {
      left -= Math.max(0, sales);
      days += n;
    }
  }
  return Math.round(days * 10) / 10;
}
function cei(d: IsoDate): number | null {
  const from = shift(d, -89);
  const begin = ar(shift(from, -1));
  const bill = billed(from, d);
  const end = ar(d);
  const current = ar(d, (i) => i.dueDate >= d);
  const den = begin + bill - current;
  return den > 0 ? Math.round(((begin + bill - end) / den) * 1000) / 10 : null;
}
const share = (d: IsoDate, over: number) => {
  const total = ar(d);
  return total > 0 ? Math.round((ar(d, (i) => late(i, d) > over) / total) * 10000) / 10000 : null;
};

let stack: LocalStack;
let manager: string;
beforeAll(async () => {
  stack = await startLocalStack({ asOf: today });
  manager = await stack.tokenFor("u-whitfield");
});
afterAll(async () => stack?.stop());

describe("portfolio figures", () => {
  it("total AR, overdue AR and the shares over 60/90 days equal the open balances", async () => {
    const r = await stack.call("GET", "/reports/aging?by=collector", manager);
    expect(r.status).toBe(200);
    const total = r.json.totals[0];
    expect(total.totalMinor).toBe(ar(today));
    expect(total.totalMinor - total.buckets.current).toBe(ar(today, (i) => i.dueDate < today));
    const over = (ids: string[]) => ids.reduce((s, id) => s + total.buckets[id], 0);
    expect(over(["d61_90", "d91_120", "d120_plus"])).toBe(ar(today, (i) => late(i, today) > 60));
    expect(over(["d91_120", "d120_plus"])).toBe(ar(today, (i) => late(i, today) > 90));
    for (const row of r.json.rows)
      expect(row.totalMinor).toBe(
        ar(today, (i) => firm.batch.clients!.find((c) => c.id === i.clientId)?.collectorId === row.key),
      );
  });

  it("the 12-week trend: buckets, DSO, CEI and shares at each weekly point, kept an hour", async () => {
    const r = await stack.call("GET", "/reports/aging-trend?weeks=12", manager);
    expect(r.status).toBe(200);
    expect(r.json.points).toHaveLength(12);
    expect(r.json.points.at(-1).asOf).toBe(today);
    for (const p of r.json.points) {
      const d = p.asOf as string;
      expect(day(today) - day(d)).toBe(7 * (11 - r.json.points.indexOf(p)));
      expect(p.totalMinor).toBe(ar(d));
      expect(p.overdueMinor).toBe(ar(d, (i) => i.dueDate < d));
      expect(p.buckets.d31_60).toBe(ar(d, (i) => late(i, d) >= 31 && late(i, d) <= 60));
      expect(p.buckets.d120_plus).toBe(ar(d, (i) => late(i, d) > 120));
      expect(p.dsoDays).toBe(dso(d));
      expect(p.ceiPercent).toBe(cei(d));
      expect([p.shareOver30, p.shareOver60, p.shareOver90]).toEqual([share(d, 30), share(d, 60), share(d, 90)]);
    }
    const again = await stack.call("GET", "/reports/aging-trend?weeks=12", manager);
    expect(again.json).toMatchObject({ cached: true, computedAt: r.json.computedAt });
    const fresh = await stack.call("GET", "/reports/aging-trend?weeks=12&refresh=1", manager);
    expect(fresh.json.cached).toBe(false);
    expect((await stack.call("GET", "/reports/aging-trend?weeks=99", manager)).status).toBe(400);
  });

  it("is for managers and administrators only", async () => {
    const chen = await stack.tokenFor("u-chen");
    for (const path of [
      "/reports/aging-trend",
      "/reports/inventory",
      "/reports/escalations",
      "/reports/baseline-shares",
    ])
      expect((await stack.call("GET", path, chen)).status).toBe(403);
  });

  it("the baseline's 30/60/90-day shares average weekly points before and after Nudge began", async () => {
    const start = firm.tenant.nudgeStartDate!;
    const r = await stack.call("GET", "/reports/baseline-shares?windowDays=180", manager);
    expect(r.status).toBe(200);
    const mean = (dates: string[], over: number) => {
      const xs = dates.map((d) => share(d, over)).filter((x): x is number => x !== null);
      return Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10000) / 10000;
    };
    const points = (from: string, to: string) => {
      const out: string[] = [];
      for (let d = to; d >= from; d = shift(d, -7)) out.push(d);
      return out;
    };
    const before = points(shift(start, -180), shift(start, -1));
    const after = points(start, today);
    expect(r.json.before).toMatchObject({
      points: before.length,
      over30: mean(before, 30),
      over60: mean(before, 60),
      over90: mean(before, 90),
    });
    expect(r.json.after).toMatchObject({
      points: after.length,
      over30: mean(after, 30),
      over60: mean(after, 60),
      over90: mean(after, 90),
    });
  });
});

describe("inventory", () => {
  type Row = {
    clientId: string;
    name: string;
    collectorId: string | null;
    partnerId: string | null;
    balanceMinor: number;
    overdueMinor: number;
    oldestDaysPastDue: number;
    bucket: string;
    lastTouch: { at: string } | null;
  };
  const open = invoices.filter((i) => i.balanceMinor > 0);
  const clientOf = (id: string) => firm.batch.clients!.find((c) => c.id === id)!;
  const owed = (keep: (i: Invoice) => boolean) => {
    const mine = open.filter(keep);
    return {
      accounts: new Set(mine.map((i) => i.clientId)).size,
      balanceMinor: mine.reduce((s, i) => s + i.balanceMinor, 0),
      overdueMinor: mine.filter((i) => i.dueDate < today).reduce((s, i) => s + i.balanceMinor, 0),
    };
  };
  const get = async (query: string) => {
    const r = await stack.call("GET", `/reports/inventory${query}`, manager);
    expect(r.status).toBe(200);
    return r.json as {
      rows: Row[];
      page: number;
      pageSize: number;
      pages: number;
      total: number;
      accounts: number;
      totals: unknown[];
    };
  };

  it("one row per client with an open balance: balance, overdue, oldest days, last person contact", async () => {
    const r = await get("?all=1");
    const clients = [...new Set(open.map((i) => i.clientId))];
    expect(r.rows.map((x) => x.clientId).sort()).toEqual(clients.sort());
    for (const row of r.rows) {
      const mine = open.filter((i) => i.clientId === row.clientId);
      expect(row.balanceMinor).toBe(mine.reduce((s, i) => s + i.balanceMinor, 0));
      expect(row.overdueMinor).toBe(mine.filter((i) => i.dueDate < today).reduce((s, i) => s + i.balanceMinor, 0));
      expect(row.oldestDaysPastDue).toBe(Math.max(0, ...mine.map((i) => late(i, today))));
      const contacts = firm.interactions
        .filter((x) => x.clientId === row.clientId && ["email-sent", "call", "letter", "sms"].includes(x.kind))
        .map((x) => x.at)
        .sort();
      expect(row.lastTouch?.at ?? null).toBe(contacts.at(-1) ?? null);
      const c = clientOf(row.clientId);
      expect([row.collectorId, row.partnerId]).toEqual([c.collectorId, c.billingPartnerId]);
    }
  });

  it("pages on the server: 50 by default, the count and totals of every account on each page", async () => {
    const all = owed(() => true);
    const first = await get("");
    expect(first).toMatchObject({ page: 1, pageSize: 50, total: all.accounts, accounts: all.accounts });
    expect(first.rows).toHaveLength(Math.min(50, all.accounts));
    expect(first.totals).toEqual([{ currency: "USD", ...all }]);
    // Pages of 7 put together are the whole inventory in the same order, each account once.
    const every = await get("?all=1");
    const pages: Row[] = [];
    for (let page = 1; page <= Math.ceil(all.accounts / 7); page++) {
      const r = await get(`?pageSize=7&page=${page}`);
      expect(r.pages).toBe(Math.ceil(all.accounts / 7));
      expect(r.totals).toEqual(first.totals);
      pages.push(...r.rows);
    }
    expect(pages.map((x) => x.clientId)).toEqual(every.rows.map((x) => x.clientId));
    // Largest overdue first by default.
    const overdue = pages.map((x) => x.overdueMinor);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    expect((await get(`?pageSize=7&page=${Math.ceil(all.accounts / 7) + 1}`)).rows).toEqual([]);
  });

  it.each([
    ["balance", "asc", (x: Row) => x.balanceMinor],
    ["daysPastDue", "desc", (x: Row) => x.oldestDaysPastDue],
    ["name", "asc", (x: Row) => x.name.toLowerCase()],
  ] as const)("sorts by %s %s on the server", async (key, dir, value) => {
    const r = await get(`?sort=${key}&dir=${dir}&pageSize=500`);
    const values = r.rows.map((x) => value(x) as string | number);
    const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(values).toEqual(dir === "asc" ? sorted : sorted.reverse());
  });

  it("filters by collector, partner, aging bucket and text (a client's name or an open invoice's number)", async () => {
    const nair = await get("?collectorId=u-nair&pageSize=500");
    const mine = owed((i) => clientOf(i.clientId).collectorId === "u-nair");
    expect(nair.total).toBe(mine.accounts);
    expect(nair.rows.every((x) => x.collectorId === "u-nair")).toBe(true);
    expect(nair.totals).toEqual([{ currency: "USD", ...mine }]);
    expect(nair.accounts).toBe(owed(() => true).accounts);

    const partner = clientOf(open[0]!.clientId).billingPartnerId!;
    const theirs = await get(`?partnerId=${partner}&onlyOverdue=1&pageSize=500`);
    expect(theirs.rows.map((x) => x.clientId).sort()).toEqual(
      [
        ...new Set(
          open
            .filter((i) => clientOf(i.clientId).billingPartnerId === partner && i.dueDate < today)
            .map((i) => i.clientId),
        ),
      ].sort(),
    );

    const old = await get("?bucket=d120_plus&pageSize=500");
    const oldest = (id: string) => Math.max(...open.filter((i) => i.clientId === id).map((i) => late(i, today)));
    expect(old.rows.map((x) => x.clientId).sort()).toEqual(
      [...new Set(open.map((i) => i.clientId))].filter((id) => oldest(id) > 120).sort(),
    );

    const invoice = open.at(-1)!;
    const byNumber = await get(`?search=${encodeURIComponent(invoice.number)}`);
    expect(byNumber.rows.map((x) => x.clientId)).toEqual([invoice.clientId]);
    const name = clientOf(invoice.clientId).name;
    const byName = await get(`?search=${encodeURIComponent(name.slice(1, 6).toUpperCase())}`);
    expect(byName.rows.map((x) => x.clientId)).toContain(invoice.clientId);
    expect(byName.rows.every((x) => x.name.toLowerCase().includes(name.slice(1, 6).toLowerCase()))).toBe(true);
  });

  it("pages one snapshot while asked with its id (for its own user only); without it, the accounts are fresh", async () => {
    const first = (await stack.call("GET", "/reports/inventory?pageSize=5", manager)).json;
    expect(first.snapshot).toMatch(/^[0-9a-f-]{36}$/);
    const chen = await stack.tokenFor("u-chen");
    const client = firm.batch.clients!.find(
      (c) => c.collectorId === "u-chen" && open.some((i) => i.clientId === c.id),
    )!;
    const promised = await stack.call("POST", `/clients/${client.id}/promises`, chen, {
      amountMinor: 1000,
      date: shift(today, 10),
    });
    expect(promised.status).toBe(201);
    const kept = (await stack.call("GET", `/reports/inventory?withPromises=1&snapshot=${first.snapshot}`, manager))
      .json;
    expect(kept).toMatchObject({ snapshot: first.snapshot, computedAt: first.computedAt });
    expect(kept.rows.map((x: Row) => x.clientId)).not.toContain(client.id);
    const fresh = (await stack.call("GET", "/reports/inventory?withPromises=1", manager)).json;
    expect(fresh.snapshot).not.toBe(first.snapshot);
    expect(fresh.rows.map((x: Row) => x.clientId)).toContain(client.id);
    // Another user's id is never honoured: the administrator gets a snapshot of their own.
    const admin = await stack.tokenFor("u-morgan");
    const theirs = (await stack.call("GET", `/reports/inventory?snapshot=${first.snapshot}`, admin)).json;
    expect(theirs.snapshot).not.toBe(first.snapshot);
  });

  it("refuses a page size over 500, an unknown sort and an unknown bucket", async () => {
    for (const q of ["?pageSize=501", "?pageSize=0", "?sort=secret", "?dir=sideways", "?bucket=d9999", "?page=-1"])
      expect((await stack.call("GET", `/reports/inventory${q}`, manager)).status).toBe(400);
  });
});

describe("escalations, write-offs and comment quality", () => {
  it("queues pending escalations by partner and counts decisions and write-offs this week", async () => {
    const chen = await stack.tokenFor("u-chen");
    const mine = firm.batch.clients!.filter((c) => c.collectorId === "u-chen").slice(0, 3);
    const created: { id: string; routedTo: string; evidence: { totalOutstandingMinor: number } }[] = [];
    for (const c of mine) {
      const e = await stack.call("POST", "/escalations", chen, {
        clientId: c.id,
        reason: "No answer to three reminders",
      });
      expect(e.status).toBe(201);
      created.push(e.json);
    }
    const decided = created[0]!;
    const partner = await stack.tokenFor(decided.routedTo);
    expect(
      (await stack.call("POST", `/escalations/${decided.id}/decision`, partner, { option: "partner-call" })).status,
    ).toBe(200);
    const wo = await stack.call("POST", "/write-offs", chen, {
      clientId: mine[1]!.id,
      amountMinor: 5_000,
      reason: "small balance",
    });
    expect(wo.status).toBe(201);

    const o = await stack.call("GET", "/reports/escalations", manager);
    const pending = created.slice(1);
    expect(o.json.pendingTotal).toBe(pending.length);
    for (const q of o.json.byPartner) {
      const theirs = pending.filter((e) => e.routedTo === q.partnerId);
      expect(q.pending).toBe(theirs.length);
      expect(q.amountMinor).toBe(theirs.reduce((s, e) => s + e.evidence.totalOutstandingMinor, 0));
      expect(q.oldestAgeDays).toBe(0);
    }
    expect(o.json.decidedThisWeek).toEqual({ total: 1, byOption: { "partner-call": 1 } });
    expect(o.json.writeOffs.requestedThisWeek).toEqual({ count: 1, amountMinor: 5_000 });
    const list = await stack.call("GET", "/escalations?status=pending", manager);
    expect(list.json.items.map((e: { id: string }) => e.id).sort()).toEqual(pending.map((e) => e.id).sort());
    expect(list.json.items[0].clientName).toBe(
      firm.batch.clients!.find((c) => c.id === list.json.items[0].clientId)!.name,
    );
  });

  it("flags empty and one-word notes per author", async () => {
    const chen = await stack.tokenFor("u-chen");
    const c = firm.batch.clients!.find((x) => x.collectorId === "u-chen")!;
    const mine = async () =>
      (await stack.call("GET", "/reports/comment-quality", manager)).json.rows.find(
        (x: { actorId: string }) => x.actorId === "u-chen",
      ) ?? { comments: 0, empty: 0, oneWord: 0 };
    const before = await mine();
    for (const [kind, summary] of [
      ["note", "LVM"],
      ["call", "Spoke to AP, payment run on Friday"],
      ["note", "Called."],
    ])
      expect((await stack.call("POST", `/clients/${c.id}/interactions`, chen, { kind, summary })).status).toBe(201);
    const after = await mine();
    expect([after.comments - before.comments, after.empty - before.empty, after.oneWord - before.oneWord]).toEqual([
      3, 0, 2,
    ]);
    expect(after.flaggedShare).toBe(Math.round(((after.empty + after.oneWord) / after.comments) * 10000) / 10000);
    expect(after.examples[0].summary).toBe("Called.");
  });
});

describe("campaigns", () => {
  it("progress is the cash received in the window, against the target", async () => {
    const from = shift(today, -27);
    const created = await stack.call("POST", "/campaigns", manager, {
      name: "Month-end push",
      type: "custom",
      startDate: from,
      endDate: shift(today, 2),
      targetMinor: 50_000_000,
      currency: "USD",
      collectorId: "u-nair",
    });
    expect(created.status).toBe(201);
    const list = await stack.call("GET", "/campaigns", manager);
    const c = list.json.find((x: { id: string }) => x.id === created.json.id);
    const nair = new Set(firm.batch.clients!.filter((x) => x.collectorId === "u-nair").map((x) => x.id));
    const cash = payments
      .filter((p) => p.receivedDate >= from && p.receivedDate <= today && nair.has(p.clientId!))
      .reduce((s, p) => s + p.amountMinor, 0);
    expect(c.progress.collectedMinor).toBe(cash);
    expect(c.progress.weeks.reduce((s: number, w: { collectedMinor: number }) => s + w.collectedMinor, 0)).toBe(cash);
    expect(c.progress.progress).toBe(Math.round((cash / 50_000_000) * 10000) / 10000);
    expect(c.progress).toMatchObject({ daysTotal: 30, daysElapsed: 28, phase: "running" });
  });
});
