/**
 * Send guardrails through the API on the embedded store, with a simulated clock: weekends and firm
 * holidays, quiet hours in the recipient's time zone, the minimum interval between contacts,
 * per-contact opt-out, consumer-debt mode, and the skip-day policy.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import { addDays, weekday } from "../core/domain/dates";
import type { Client, Contact, IsoDate } from "../core/domain/types";
import type { WorkflowConfig } from "../core/workflow/config/types";
import type { WorkflowDraft } from "../core/workflow/documents";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";
import { type SimClock, simClock } from "../test/support/sim-clock";

const START = new Date().toISOString().slice(0, 10);
const SAT = addDays(START, (6 - weekday(START) + 7) % 7 || 7); // the next Saturday
const MON = addDays(SAT, 2);
const TUE = addDays(SAT, 3);
const WED = addDays(SAT, 4);
const THU = addDays(SAT, 5);
let stack: LocalStack;
let clock: SimClock;
const offset = (day: IsoDate) => Math.round((Date.parse(day) - Date.parse(START)) / 86_400_000);

async function addClient(
  id: string,
  dueDate: IsoDate,
  over: Partial<Client> = {},
  contacts: Contact[] = [{ email: `ap@${id.toLowerCase()}.example` }],
) {
  const db = SqliteStore.open({ dataDir: stack.dataDir });
  const base = { tenantId: "demo-firm", clientId: id, currency: "USD", status: "open" as const, disputed: false };
  await db.forTenant("demo-firm").applyLedgerBatch(
    {
      clients: [
        {
          tenantId: "demo-firm",
          id,
          name: `${id} Ltd`,
          contacts,
          emailDomains: [],
          billingPartnerId: "u-hartwell",
          collectorId: "u-chen",
          language: "en",
          preferredChannel: "email",
          ...over,
        },
      ],
      invoices: [
        {
          ...base,
          id: `${id}|1`,
          number: `${id}-1`,
          invoiceDate: addDays(dueDate, -30),
          dueDate,
          amountMinor: 100_000,
          balanceMinor: 100_000,
        },
      ],
    },
    "import",
  );
  await db.close();
}

async function runOn(day: IsoDate, hourUtc = 14) {
  await clock.set(offset(day), hourUtc);
  const r = await stack.call("POST", "/sequences/run", await stack.tokenFor("u-morgan"), {});
  expect(r.status).toBe(200);
  return r.json;
}

const draftOf = async (clientId: string): Promise<WorkflowDraft[]> =>
  (await stack.call("GET", `/drafts?clientId=${clientId}`, await stack.tokenFor("u-chen"))).json;

async function saveConfig(change: (c: WorkflowConfig) => void) {
  const admin = await stack.tokenFor("u-morgan");
  const current = (await stack.call("GET", "/config/workflow", admin)).json;
  change(current.config);
  const saved = await stack.call("PUT", "/config/workflow", admin, {
    config: current.config,
    expectedVersion: current.version,
  });
  expect(saved.status).toBe(200);
}

beforeAll(async () => {
  stack = await startLocalStack({ asOf: START });
  clock = await simClock(START);
  await saveConfig((c) => c.guardrails.holidays.push(MON));
  await addClient("G-NY", SAT);
  await addClient("G-TOKYO", SAT, { timeZone: "Asia/Tokyo" });
  await addClient("G-OPTOUT", SAT, {}, [{ email: "ap@optout.example", optOut: true }]);
  await addClient("G-PARTIAL", SAT, {}, [
    { email: "ap@partial.example", optOut: true },
    { email: "cfo@partial.example" },
  ]);
});
afterAll(async () => {
  clock?.restore();
  await stack?.stop();
});

describe("send guardrails", () => {
  it("drafts on a Saturday but stamps them sendable on the next business day (Monday is a firm holiday)", async () => {
    const run = await runOn(SAT);
    expect(run.skipReasons["opt-out"]).toBeGreaterThanOrEqual(1);
    expect((await draftOf("G-NY"))[0]?.sendAfter).toEqual({ date: TUE, hour: 8, timeZone: "America/New_York" });
    expect((await draftOf("G-TOKYO"))[0]?.sendAfter).toEqual({ date: TUE, hour: 8, timeZone: "Asia/Tokyo" });
  });

  it("honours opt-outs: nothing to a client whose contacts all opted out, only the others otherwise", async () => {
    expect(await draftOf("G-OPTOUT")).toEqual([]);
    expect((await draftOf("G-PARTIAL"))[0]?.to).toEqual(["cfo@partial.example"]);
  });

  it("respects quiet hours in the recipient's time zone on a working day", async () => {
    await addClient("G-QUIET", WED, { timeZone: "Asia/Tokyo" });
    await addClient("G-DAY", WED);
    await addClient("G-MIN", WED);
    await clock.set(offset(TUE));
    const call = await stack.call("POST", "/clients/G-MIN/interactions", await stack.tokenFor("u-chen"), {
      kind: "call",
      summary: "Left a voicemail",
    });
    expect(call.status).toBe(201);
    const run = await runOn(WED); // 14:00 UTC: 23:00 in Tokyo, morning in New York
    expect((await draftOf("G-QUIET"))[0]?.sendAfter).toEqual({ date: THU, hour: 8, timeZone: "Asia/Tokyo" });
    expect((await draftOf("G-DAY"))[0]).toMatchObject({ runDate: WED });
    expect((await draftOf("G-DAY"))[0]?.sendAfter).toBeUndefined();
    expect(run.skipReasons["min-interval"]).toBeGreaterThanOrEqual(1);
  });

  it("keeps the minimum interval after a contact, then catches up", async () => {
    expect(await draftOf("G-MIN")).toEqual([]); // called on Tuesday: Wednesday is inside the 3-day interval
    await runOn(addDays(TUE, 3));
    expect((await draftOf("G-MIN")).map((d) => [d.runDate, d.stepId])).toEqual([[addDays(TUE, 3), "due"]]);
  });

  it("puts consumer clients on the consumer sequence, without final-tone wording", async () => {
    const day = addDays(SAT, 7);
    await addClient("G-CONSUMER", addDays(day, -50), { consumer: true });
    await addClient("G-BUSINESS", addDays(day, -100));
    await runOn(day);
    expect((await draftOf("G-CONSUMER"))[0]).toMatchObject({
      sequenceId: "consumer",
      stepId: "+45",
      tone: "firm",
      needsApproval: true,
    });
    expect((await draftOf("G-BUSINESS"))[0]).toMatchObject({
      sequenceId: "standard",
      stepId: "+90",
      tone: "final",
      channel: "letter",
    });
  });

  it("waits 7 days after a contact for a consumer where 3 days suffice for a business client", async () => {
    const day = addDays(SAT, 10);
    await addClient("G-CONSUMER2", addDays(day, -5), { consumer: true });
    await addClient("G-BUSINESS2", day);
    await clock.set(offset(day) - 4);
    for (const id of ["G-CONSUMER2", "G-BUSINESS2"])
      expect(
        (
          await stack.call("POST", `/clients/${id}/interactions`, await stack.tokenFor("u-chen"), {
            kind: "call",
            summary: "Spoke to AP",
          })
        ).status,
      ).toBe(201);
    await runOn(day);
    expect((await draftOf("G-BUSINESS2")).map((d) => d.runDate)).toEqual([day]);
    expect(await draftOf("G-CONSUMER2")).toEqual([]);
    await runOn(addDays(day, 3));
    expect((await draftOf("G-CONSUMER2")).map((d) => [d.runDate, d.stepId])).toEqual([[addDays(day, 3), "+5"]]);
  });

  it("under the skip-day policy drafts nothing on a weekend and catches up on Monday", async () => {
    await saveConfig((c) => (c.guardrails.nonBusinessDay = "skip-day"));
    const sat = addDays(SAT, 21);
    await addClient("G-SKIP", addDays(sat, -1));
    const weekend = await runOn(sat);
    expect(weekend.created).toBe(0);
    expect(weekend.skipReasons["non-business-day"]).toBeGreaterThanOrEqual(1);
    await runOn(addDays(sat, 2));
    expect((await draftOf("G-SKIP")).map((d) => d.runDate)).toEqual([addDays(sat, 2)]);
  });
});
