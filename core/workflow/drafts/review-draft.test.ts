import { describe, expect, it } from "vitest";
import {
  DAY0,
  actionDeps,
  client,
  engineDeps,
  invoice,
  pay,
  principalOf,
  smallFirm,
} from "../../../test/support/workflow-fixture";
import type { TenantStore } from "../../ports/store.port";
import { WF_DOC, type WorkflowDraft } from "../documents";
import { runSequences } from "../engine/run-sequences";
import { completeTask, countTasks, createTask, listTasks } from "../tasks";
import { draftPermissions } from "./draft-permissions";
import { countDrafts, listDrafts, reviewDraft } from "./review-draft";

const chen = principalOf("u-chen"); // specialist, collects A and B
const delgado = principalOf("u-delgado"); // partner, bills A and B
const pryce = principalOf("u-pryce"); // partner of neither
const whitfield = principalOf("u-whitfield"); // manager

function draft(id: string, over: Partial<WorkflowDraft> = {}): WorkflowDraft {
  return {
    id,
    clientId: "A",
    collectorId: "u-chen",
    channel: "letter",
    purpose: "partner-letter",
    tone: "firm",
    stepId: "+45",
    sequenceId: "standard",
    invoiceIds: ["A|1", "A|2"],
    subject: "Partner letter",
    html: "<p>Dear AP</p>",
    text: "Dear AP",
    to: ["AP"],
    location: "queue",
    needsApproval: true,
    warnings: [],
    templateId: "t",
    source: "template",
    status: "awaiting-review",
    runDate: DAY0,
    createdAt: `${DAY0}T07:00:00.000Z`,
    ...over,
  };
}

async function firm(): Promise<TenantStore> {
  const store = await smallFirm(
    [client("A"), client("B", { billingPartnerId: "u-hartwell" })],
    [invoice("A", 1, -50, 150_000), invoice("A", 2, -20, 80_000), invoice("B", 7, -10, 12_345)],
  );
  const put = (d: WorkflowDraft) =>
    store.documents.create(WF_DOC.draft, d.id, d, { actorId: "workflow", clientId: d.clientId });
  await put(
    draft("letter-A", {
      statedInvoices: [
        { id: "A|1", number: "1", balanceMinor: 160_000, currency: "USD" },
        { id: "A|2", number: "2", balanceMinor: 80_000, currency: "USD" },
      ],
    }),
  );
  // Made before drafts recorded their figures: today's balances stand in.
  await put(draft("email-B", { clientId: "B", channel: "email", needsApproval: false, invoiceIds: ["B|7"] }));
  return store;
}

describe("who may do what with a draft: the one rule", () => {
  const letter = { status: "awaiting-review", needsApproval: true } as const;
  it.each([
    ["the specialist", chen, letter, { mayApprove: false, maySend: false }],
    ["the billing partner", delgado, letter, { mayApprove: true, maySend: true }],
    ["a manager", whitfield, letter, { mayApprove: true, maySend: true }],
    ["another partner", pryce, letter, { mayApprove: false, maySend: false }],
    [
      "the specialist, once approved",
      chen,
      { ...letter, approvedBy: "u-delgado" },
      { mayApprove: false, maySend: true },
    ],
    [
      "the partner, once approved",
      delgado,
      { ...letter, approvedBy: "u-delgado" },
      { mayApprove: false, maySend: true },
    ],
    [
      "anyone, without approval needed",
      chen,
      { ...letter, needsApproval: false },
      { mayApprove: false, maySend: true },
    ],
    ["anyone, once handled", whitfield, { ...letter, status: "sent" }, { mayApprove: false, maySend: false }],
  ] as const)("%s", (_who, principal, d, expected) => {
    expect(draftPermissions(principal, { billingPartnerId: "u-delgado" }, d)).toMatchObject(expected);
  });
});

describe("GET /drafts: what a reviewer needs, worked out here", () => {
  it("names the client and people, and states the draft's own figures with today's status", async () => {
    const store = await firm();
    await pay(store, invoice("A", 2, -20, 80_000), DAY0, 80_000);
    const [letter] = await listDrafts(store, chen, { clientId: "A" });
    expect(letter).toMatchObject({
      clientName: "A Holdings",
      collectorName: "Jamie Chen",
      balancesAsOf: "drafted",
      invoices: [
        { id: "A|1", number: "1", balanceMinor: 160_000, balance: "1600.00", currency: "USD", open: true },
        { id: "A|2", number: "2", balanceMinor: 80_000, balance: "800.00", currency: "USD", open: false },
      ],
      mayApprove: false,
      maySend: false,
    });
    expect(letter).not.toHaveProperty("statedInvoices");
    expect(letter?.text).toBe("Dear AP");
  });

  it("falls back to today's balances for a draft that did not record its figures, and says so", async () => {
    const store = await firm();
    const [email] = await listDrafts(store, chen, { clientId: "B" });
    expect(email).toMatchObject({
      balancesAsOf: "today",
      invoices: [{ number: "7", balanceMinor: 12_345, open: true }],
      mayApprove: false,
      maySend: true,
    });
  });

  it("answers each caller's permissions and shows only clients they see", async () => {
    const store = await firm();
    const of = async (p: typeof chen) =>
      Object.fromEntries((await listDrafts(store, p, {})).map((d) => [d.id, [d.mayApprove, d.maySend]]));
    expect(await of(chen)).toEqual({ "letter-A": [false, false], "email-B": [false, true] });
    expect(await of(delgado)).toEqual({ "letter-A": [true, true] });
    expect(await of(whitfield)).toEqual({ "letter-A": [true, true], "email-B": [false, true] });
    expect(await of(pryce)).toEqual({});
    expect(await countDrafts(store, chen)).toBe(2);
    expect(await countDrafts(store, pryce)).toBe(0);
  });
});

describe("PATCH /drafts/{id} by the same rule", () => {
  it("lets only an approver approve, once, and answers the item with who approved", async () => {
    const store = await firm();
    expect(await reviewDraft(store, chen, "letter-A", { action: "approve" }, actionDeps())).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await reviewDraft(store, chen, "letter-A", { action: "sent" }, actionDeps())).toMatchObject({
      code: "FORBIDDEN",
    });
    const approved = await reviewDraft(store, delgado, "letter-A", { action: "approve" }, actionDeps());
    expect(approved).toMatchObject({
      ok: true,
      value: { approvedBy: "u-delgado", approvedByName: "Sofia Delgado", mayApprove: false, maySend: true },
    });
    // A second approval changes nothing and records nothing.
    const audited = (await store.listInteractions({ clientId: "A" })).length;
    expect(await reviewDraft(store, whitfield, "letter-A", { action: "approve" }, actionDeps())).toMatchObject({
      ok: true,
      value: { approvedBy: "u-delgado" },
    });
    expect(await store.listInteractions({ clientId: "A" })).toHaveLength(audited);
    expect(await reviewDraft(store, whitfield, "email-B", { action: "approve" }, actionDeps())).toMatchObject({
      code: "VALIDATION",
    });
    expect(await reviewDraft(store, chen, "letter-A", { action: "sent" }, actionDeps())).toMatchObject({
      ok: true,
      value: { status: "sent", handledByName: "Jamie Chen", maySend: false },
    });
  });

  it("names who handled a draft first, keeping the ids beside the name", async () => {
    const store = await firm();
    await reviewDraft(store, chen, "email-B", { action: "discarded" }, actionDeps());
    const late = await reviewDraft(store, whitfield, "email-B", { action: "sent" }, actionDeps());
    expect(late).toEqual({
      ok: false,
      code: "ALREADY_DECIDED",
      message: `discarded by Jamie Chen at ${DAY0}T15:00:00.000Z`,
      details: { handled: { status: "discarded", by: "u-chen", byName: "Jamie Chen", at: `${DAY0}T15:00:00.000Z` } },
    });
    // Authority before state: someone who may not approve learns nothing about who handled it.
    expect(await reviewDraft(store, chen, "email-B", { action: "approve" }, actionDeps())).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("the engine records the figures a draft states", () => {
  it("keeps each invoice's number and balance on the draft it words", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -16, 123_456), invoice("A", 2, -20, 1_000)]);
    await runSequences(store, { asOf: DAY0, runAt: `${DAY0}T11:00:00.000Z` }, engineDeps(store));
    const [made] = (await store.documents.list<WorkflowDraft>(WF_DOC.draft)).map((d) => d.body);
    expect(made?.statedInvoices).toEqual(
      made?.invoiceIds.map((id) => ({
        id,
        number: id.slice(2),
        balanceMinor: id === "A|1" ? 123_456 : 1_000,
        currency: "USD",
      })),
    );
    await pay(store, invoice("A", 1, -16, 123_456), DAY0, 23_456);
    const [listed] = await listDrafts(store, chen, {});
    expect(listed?.invoices.find((i) => i.id === "A|1")).toMatchObject({ balanceMinor: 123_456, open: true });
  });
});

describe("tasks carry their client and invoices", () => {
  it("lists with names and numbers, counts, and names who completed one first", async () => {
    const store = await firm();
    await createTask(store, {
      id: "t1",
      clientId: "A",
      kind: "call",
      assignedTo: "u-chen",
      title: "Call A",
      dueDate: DAY0,
      invoiceIds: ["A|1"],
      source: "test",
      createdAt: `${DAY0}T07:00:00.000Z`,
    });
    expect(await listTasks(store, chen)).toMatchObject([
      {
        id: "t1",
        clientName: "A Holdings",
        assignedToName: "Jamie Chen",
        invoices: [{ number: "1", balanceMinor: 150_000, balance: "1500.00", open: true }],
      },
    ]);
    expect(await countTasks(store, chen)).toBe(1);
    expect(await countTasks(store, whitfield)).toBe(0);
    expect((await completeTask(store, whitfield, "t1", `${DAY0}T10:00:00.000Z`)).ok).toBe(true);
    expect(await completeTask(store, chen, "t1", `${DAY0}T11:00:00.000Z`)).toMatchObject({
      code: "ALREADY_DECIDED",
      message: `completed by Dana Whitfield at ${DAY0}T10:00:00.000Z`,
      details: { handled: { status: "completed", by: "u-whitfield", byName: "Dana Whitfield" } },
    });
  });
});
