import { beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import type { Client, Role } from "../domain/types";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import type { ModelVersion } from "../scoring/model-version";
import { getClientScore } from "./client-score";
import { getExpectedCash } from "./expected-cash";
import { modelEscalationDates } from "./model-escalations";
import {
  type AccountScore,
  type ClientScoreRecord,
  CURRENT_ID,
  MODEL_DOC,
  type ModelPointer,
  type ModelVersionRecord,
} from "./model-store";
import { getWorklist } from "./model-worklist";

const NOW = "2025-06-01T02:00:00.000Z";
const who = (userId: string, role: Role): Principal => ({
  tenantId: "small",
  userId,
  email: `${userId}@x.example`,
  name: userId,
  roles: [role],
});
const manager = who("u-whitfield", "manager");

describe("the worklist from stored scores", () => {
  const asOf = "2025-06-01";
  let store: TenantStore;
  const account = (a: Partial<AccountScore> & Pick<AccountScore, "currency" | "openBalanceMinor" | "p30">) =>
    ({
      openInvoices: 1,
      overdueBalanceMinor: a.openBalanceMinor,
      maxDaysPastDue: 40,
      pLate: 0.5,
      confidence: "medium",
      reasons: [{ feature: "open_count", text: "two other invoices still open", weight: 0.4 }],
      segment: "collector-call",
      segmentRule: "rule",
      reason: "two other invoices still open",
      nextAction: "Call",
      expectedCash7Minor: 0,
      expectedCash30Minor: Math.round(a.openBalanceMinor * a.p30),
      expectedCash60Minor: a.openBalanceMinor,
      cashAtRiskMinor: Math.round(a.openBalanceMinor * (1 - a.p30)),
      ...a,
    }) as AccountScore;
  const record = (clientId: string, collectorId: string, accounts: AccountScore[]): ClientScoreRecord => ({
    clientId,
    asOf,
    modelVersion: "m1",
    provisional: false,
    collectorId,
    accounts,
  });
  const client = (id: string, collectorId: string): Client => ({
    tenantId: "small",
    id,
    name: `${id} LLP`,
    contacts: [],
    emailDomains: [],
    language: "en",
    preferredChannel: "email",
    collectorId,
  });

  beforeAll(async () => {
    store = new MemoryStore({ now: () => NOW }).forTenant("small");
    await store.applyLedgerBatch({ clients: [client("A", "u-a"), client("B", "u-b"), client("C", "u-a")] }, "t");
    // Only the version's id matters while the stored scores are fresh: a re-score would fail loudly.
    const version: ModelVersionRecord = {
      model: { versionId: "m1" } as ModelVersion,
      asOf,
      trainedAt: NOW,
      trainedBy: "t",
    };
    const pointer: ModelPointer = { versionId: "m1", since: NOW, provisional: false, reason: "test" };
    await store.documents.create(MODEL_DOC.version, "m1", version, { actorId: "t" });
    await store.documents.create(MODEL_DOC.current, CURRENT_ID, pointer, { actorId: "t" });
    const late = { date: "2025-05-30", rule: "day-limit" as const, detail: "oldest invoice is 60 days past due" };
    const soon = { date: "2025-06-15", rule: "probability" as const, detail: "chance falls to 28%" };
    const records = [
      record("A", "u-a", [account({ currency: "USD", openBalanceMinor: 100_000, p30: 0.9, segment: "nudge" })]),
      record("B", "u-b", [account({ currency: "USD", openBalanceMinor: 50_000, p30: 0.2, escalation: late })]),
      record("C", "u-a", [
        account({ currency: "USD", openBalanceMinor: 300_000, p30: 0.5, escalation: soon }),
        account({ currency: "EUR", openBalanceMinor: 20_000, p30: 0.5 }),
      ]),
    ];
    for (const r of records) {
      await store.documents.upsert(MODEL_DOC.score, r.clientId, r, { actorId: "t", clientId: r.clientId });
    }
  });

  it("ranks the manager's list by expected cash at risk, with a roll-up per collector", async () => {
    const r = await getWorklist(store, manager, { asOf });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.items.map((i) => [i.clientId, i.currency, i.cashAtRiskMinor, i.cashAtRisk])).toEqual([
      ["C", "USD", 150_000, "1500.00"],
      ["B", "USD", 40_000, "400.00"],
      ["A", "USD", 10_000, "100.00"],
      ["C", "EUR", 10_000, "100.00"],
    ]);
    expect(r.value.items[1]).toMatchObject({
      name: "B LLP",
      collectorId: "u-b",
      balanceMinor: 50_000,
      balance: "500.00",
      p30: 0.2,
      escalationDate: "2025-05-30",
      escalationRule: "oldest invoice is 60 days past due",
    });
    expect(r.value.collectors).toEqual([
      {
        collectorId: "u-a",
        name: "u-a",
        currency: "USD",
        accounts: 2,
        balanceMinor: 400_000,
        cashAtRiskMinor: 160_000,
        escalationsDue: 0,
      },
      {
        collectorId: "u-b",
        name: "u-b",
        currency: "USD",
        accounts: 1,
        balanceMinor: 50_000,
        cashAtRiskMinor: 40_000,
        escalationsDue: 1,
      },
      {
        collectorId: "u-a",
        name: "u-a",
        currency: "EUR",
        accounts: 1,
        balanceMinor: 20_000,
        cashAtRiskMinor: 10_000,
        escalationsDue: 0,
      },
    ]);
    const one = await getWorklist(store, manager, { asOf, collectorId: "u-b" });
    expect(one.ok && one.value.items.map((i) => i.clientId)).toEqual(["B"]);
  });

  it("gives a specialist their own accounts only, and no one else's list", async () => {
    const r = await getWorklist(store, who("u-a", "specialist"), { asOf });
    expect(r.ok && r.value.items.map((i) => `${i.clientId} ${i.currency}`)).toEqual(["C USD", "A USD", "C EUR"]);
    expect(r.ok && r.value.collectors).toBeUndefined();
    expect(await getWorklist(store, who("u-a", "specialist"), { asOf, collectorId: "u-b" })).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await getClientScore(store, who("u-a", "specialist"), "B", asOf)).toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows a client's main account with the others beside it", async () => {
    const r = await getClientScore(store, manager, "C", asOf);
    if (!r.ok) throw new Error(r.message);
    expect(r.value).toMatchObject({
      clientId: "C",
      modelVersion: "m1",
      currency: "USD",
      p30: 0.5,
      openBalance: "3000.00",
      reasons: [{ text: "two other invoices still open", weight: 0.4 }],
      expectedCash: {
        currency: "USD",
        d7: 0,
        d30: 150_000,
        d60: 300_000,
        amounts: { d7: "0.00", d30: "1500.00", d60: "3000.00" },
      },
      escalationDate: "2025-06-15",
      escalationRule: "chance falls to 28%",
      escalationTrigger: "probability",
    });
    expect(r.value.otherAccounts?.map((a) => [a.currency, a.cashAtRiskMinor])).toEqual([["EUR", 10_000]]);
  });

  it("sums the expected cash per currency over the reader's clients, the firm's currency first", async () => {
    const r = await getExpectedCash(store, manager, asOf);
    if (!r.ok) throw new Error(r.message);
    expect(r.value).toMatchObject({ asOf, modelVersion: "m1", currency: "USD", d30Minor: 250_000, d30: "2500.00" });
    expect(r.value.byCurrency.map((c) => [c.currency, c.d7Minor, c.d30Minor, c.d60Minor, c.accounts])).toEqual([
      ["USD", 0, 250_000, 450_000, 3],
      ["EUR", 0, 10_000, 20_000, 1],
    ]);
    const mine = await getExpectedCash(store, who("u-b", "specialist"), asOf);
    expect(mine.ok && [mine.value.d30Minor, mine.value.d60Minor]).toEqual([10_000, 50_000]);
  });

  it("hands the workflow engine each client's escalation day, from scores at most a day ahead", async () => {
    expect(await modelEscalationDates(store, asOf)).toEqual(
      new Map([
        ["B", "2025-05-30"],
        ["C", "2025-06-15"],
      ]),
    );
    expect((await modelEscalationDates(store, "2025-05-31")).size).toBe(2);
    expect(await modelEscalationDates(store, "2025-05-30")).toEqual(new Map());
  });
});
