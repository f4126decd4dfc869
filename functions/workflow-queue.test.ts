/**
 * The review queue over the API, as the task pane reads it: drafts and tasks carry their client's
 * name, their invoices' numbers and balances (the draft's own figures), who handled them by name and
 * what the caller may do (the rule PATCH enforces); a cheap count for the badge; and "already
 * handled" answers that name the person.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import { DEMO_TENANT_ID, DEMO_USERS } from "../core/demo/demo-people";
import { WF_DOC, type WorkflowDraft } from "../core/workflow/documents";
import type { QueueDraftItem } from "../core/workflow/drafts/review-draft";
import type { QueueTaskItem } from "../core/workflow/tasks";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

let stack: LocalStack;
const as = (id: string) => stack.tokenFor(id);
const draftPath = (d: { id: string }) => `/drafts/${encodeURIComponent(d.id)}`;
let managerDrafts: QueueDraftItem[];

beforeAll(async () => {
  stack = await startLocalStack({ asOf: "2026-11-23" });
  expect((await stack.call("POST", "/sequences/run", await as("u-whitfield"), { asOf: stack.asOf })).status).toBe(200);
  managerDrafts = (await stack.call("GET", "/drafts", await as("u-whitfield"))).json;
});
afterAll(async () => stack?.stop());

describe("GET /drafts", () => {
  it("answers each draft with its client's name and the invoices and balances the draft states", async () => {
    const chen = await as("u-chen");
    const drafts = (await stack.call("GET", "/drafts", chen)).json as QueueDraftItem[];
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts.slice(0, 5)) {
      const summary = (await stack.call("GET", `/clients/${d.clientId}/summary`, chen)).json;
      expect(d.clientName).toBe(summary.client.name);
      expect(d.collectorName).toBe("Jamie Chen");
      expect(d.balancesAsOf).toBe("drafted");
      expect(d.invoices.map((i) => i.id)).toEqual(d.invoiceIds);
      for (const invoice of d.invoices) {
        const today = summary.openInvoices.find((o: { id: string }) => o.id === invoice.id);
        // Nothing was paid since the run: the stated balance is today's, and the text states it.
        expect(invoice).toMatchObject({ number: today.number, balanceMinor: today.balanceMinor, open: true });
        expect(invoice.balance).toBe(today.balance);
      }
    }
    // The full text stays in the list (the badge reads the count route instead).
    expect(drafts.every((d) => typeof d.text === "string" && typeof d.html === "string")).toBe(true);
    expect(drafts.some((d) => "statedInvoices" in d)).toBe(false);
  });

  it("says what each caller may do, by the rule the review enforces", async () => {
    const awaiting = managerDrafts.filter((d) => d.needsApproval && !d.approvedBy);
    expect(awaiting.length, "the demo run queues drafts that need approval").toBeGreaterThan(0);
    expect(awaiting.every((d) => d.mayApprove && d.maySend)).toBe(true);
    expect(managerDrafts.filter((d) => !d.needsApproval).every((d) => !d.mayApprove && d.maySend)).toBe(true);

    const letter = awaiting[0]!;
    const summary = (await stack.call("GET", `/clients/${letter.clientId}/summary`, await as("u-whitfield"))).json;
    const partnerId = summary.billingPartner.id as string;
    const collectorId = letter.collectorId!;
    const seenBy = async (userId: string) =>
      (
        (await stack.call("GET", `/drafts?clientId=${letter.clientId}`, await as(userId))).json as QueueDraftItem[]
      ).find((d) => d.id === letter.id);
    expect(await seenBy(partnerId)).toMatchObject({ mayApprove: true, maySend: true });
    expect(await seenBy(collectorId)).toMatchObject({ mayApprove: false, maySend: false });
    // The collector's attempt is refused by the same rule; the partner's approval is then named.
    expect((await stack.call("PATCH", draftPath(letter), await as(collectorId), { action: "approve" })).status).toBe(
      403,
    );
    expect((await stack.call("PATCH", draftPath(letter), await as(collectorId), { action: "sent" })).status).toBe(403);
    const approved = await stack.call("PATCH", draftPath(letter), await as(partnerId), { action: "approve" });
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({
      approvedBy: partnerId,
      approvedByName: summary.billingPartner.displayName,
      clientName: summary.client.name,
      mayApprove: false,
      maySend: true,
    });
    expect(await seenBy(collectorId)).toMatchObject({
      approvedByName: summary.billingPartner.displayName,
      mayApprove: false,
      maySend: true,
    });
  });

  it("falls back to today's balances for a draft made before drafts recorded them, and says so", async () => {
    const store = SqliteStore.open({ dataDir: stack.dataDir });
    const source = managerDrafts.find((d) => d.channel === "email")!;
    const old: WorkflowDraft = {
      ...(({
        clientName: _n,
        collectorName: _c,
        invoices: _i,
        balancesAsOf: _b,
        mayApprove: _a,
        maySend: _s,
        ...rest
      }) => rest)(source),
      id: `${source.id}|older`,
      createdAt: "2026-11-01T07:00:00.000Z",
    };
    await store
      .forTenant(DEMO_TENANT_ID)
      .documents.create(WF_DOC.draft, old.id, old, { actorId: "workflow", clientId: old.clientId });
    await store.close();
    const listed = ((await stack.call("GET", "/drafts", await as("u-whitfield"))).json as QueueDraftItem[]).find(
      (d) => d.id === old.id,
    );
    expect(listed).toMatchObject({ balancesAsOf: "today", clientName: source.clientName });
    expect(listed!.invoices.map((i) => [i.number, i.balanceMinor])).toEqual(
      source.invoices.map((i) => [i.number, i.balanceMinor]),
    );
    await stack.call("PATCH", draftPath(old), await as("u-whitfield"), { action: "discarded" });
  });
});

describe("GET /queue/summary", () => {
  it("counts what waits for the caller without shipping any draft", async () => {
    for (const userId of ["u-chen", "u-nair", "u-delgado", "u-whitfield"]) {
      const token = await as(userId);
      const [summary, drafts, tasks] = await Promise.all([
        stack.call("GET", "/queue/summary", token),
        stack.call("GET", "/drafts", token),
        stack.call("GET", "/tasks", token),
      ]);
      expect(summary.status).toBe(200);
      expect(summary.json, userId).toEqual({
        drafts: drafts.json.length,
        tasks: tasks.json.length,
        total: drafts.json.length + tasks.json.length,
      });
      const size = Number(summary.headers.get("content-length") ?? JSON.stringify(summary.json).length);
      expect(size).toBeLessThan(100);
    }
    expect((await stack.call("GET", "/queue/summary")).status).toBe(401);
  });
});

describe("already handled", () => {
  it("names who handled a draft first, with the ids beside the name", async () => {
    const chen = await as("u-chen");
    const email = ((await stack.call("GET", "/drafts", chen)).json as QueueDraftItem[]).find((d) => d.maySend)!;
    expect((await stack.call("PATCH", draftPath(email), chen, { action: "discarded" })).json).toMatchObject({
      status: "discarded",
      handledBy: "u-chen",
      handledByName: "Jamie Chen",
    });
    const late = await stack.call("PATCH", draftPath(email), await as("u-whitfield"), { action: "sent" });
    expect(late.status).toBe(409);
    expect(late.headers.get("content-type")).toContain("application/problem+json");
    expect(late.json).toMatchObject({
      code: "ALREADY_DECIDED",
      detail: expect.stringMatching(/^discarded by Jamie Chen at \d{4}-\d\d-\d\dT/),
      handled: { status: "discarded", by: "u-chen", byName: "Jamie Chen" },
    });
    expect(late.json.detail).toBe(`discarded by Jamie Chen at ${late.json.handled.at}`);
    expect(late.json.detail).not.toContain("u-chen");
  });

  it("lists tasks with their client and invoice numbers, and names who completed one first", async () => {
    const all: QueueTaskItem[] = [];
    for (const user of DEMO_USERS) all.push(...(await stack.call("GET", "/tasks", await as(user.id))).json);
    expect(all.length, "the demo run opens tasks").toBeGreaterThan(0);
    const task = all.find((t) => t.invoiceIds.length > 0) ?? all[0]!;
    const owner = await as(task.assignedTo);
    const summary = (await stack.call("GET", `/clients/${task.clientId}/summary`, owner)).json;
    expect(task.clientName).toBe(summary.client.name);
    expect(task.invoices.map((i) => i.id)).toEqual(task.invoiceIds);
    for (const invoice of task.invoices)
      expect(invoice.number).toBe(summary.openInvoices.find((o: { id: string }) => o.id === invoice.id)?.number);

    const path = `/tasks/${encodeURIComponent(task.id)}/done`;
    expect((await stack.call("POST", path, owner)).status).toBe(200);
    const again = await stack.call("POST", path, await as("u-whitfield"));
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({
      code: "ALREADY_DECIDED",
      detail: `completed by ${task.assignedToName} at ${again.json.handled.at}`,
      handled: { status: "completed", by: task.assignedTo, byName: task.assignedToName },
    });
  });
});
