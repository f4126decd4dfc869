import { describe, expect, it } from "vitest";
import { addDays } from "../../domain/dates";
import { fail } from "../../errors/codes";
import { logInteraction } from "../../actions/log-interaction";
import { placeHold } from "../../actions/place-hold";
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
import { changeSequenceState } from "../state/sequence-state";
import { type SequenceTouch, WF_DOC, type WorkflowDraft, type WorkflowTask } from "../documents";
import { runSequences } from "./run-sequences";

const at = (day: string) => ({ asOf: day, runAt: `${day}T11:00:00.000Z` });
const drafts = async (store: Awaited<ReturnType<typeof smallFirm>>) =>
  (await store.documents.list<WorkflowDraft>(WF_DOC.draft)).map((d) => d.body);

describe("the daily run", () => {
  it("drafts each client's due step once, grouped per client, and nothing on a rerun", async () => {
    const store = await smallFirm(
      [client("A"), client("B")],
      [invoice("A", 1, 7), invoice("A", 2, -16), invoice("A", 3, 30), invoice("B", 1, 0, 50_000)],
    );
    const deps = engineDeps(store);
    const first = await runSequences(store, at(DAY0), deps);
    expect(first).toMatchObject({ openInvoices: 4, created: 2, touched: 3, notDue: 1, skipped: 0, paused: 0 });
    const made = await drafts(store);
    expect(made.map((d) => [d.clientId, d.stepId, d.invoiceIds.length, d.tone, d.location]).sort()).toEqual([
      ["A", "+15", 2, "firm", "queue"], // the +15 of invoice 2 leads; invoice 1's friendly notice rides along
      ["B", "due", 1, "friendly", "queue"],
    ]);
    const again = await runSequences(store, at(DAY0), deps);
    expect(again).toMatchObject({ created: 0, touched: 0, skipped: 3, skipReasons: { "already-done": 3 } });
    expect(await drafts(store)).toHaveLength(2);
  });

  it("two runs of the same day at once still draft once", async () => {
    const store = await smallFirm([client("A"), client("B")], [invoice("A", 1, -7), invoice("B", 1, -15)]);
    const [a, b] = await Promise.all([
      runSequences(store, at(DAY0), engineDeps(store)),
      runSequences(store, at(DAY0), engineDeps(store)),
    ]);
    expect(a.created + b.created).toBe(2);
    expect(await drafts(store)).toHaveLength(2);
  });

  it("a missed week catches up to the current step only", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, 0)]);
    const deps = engineDeps(store);
    await runSequences(store, at(DAY0), deps); // "due" step
    const late = await runSequences(store, at(addDays(DAY0, 20)), deps); // +7 and +15 both passed
    expect(late.created).toBe(1);
    const touches = (await store.documents.list<SequenceTouch>(WF_DOC.touch)).map((t) => t.body.stepId).sort();
    expect(touches).toEqual(["+15", "due"]);
  });

  it("takes over a claim left by a run that died, but not one whose draft exists", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -7)]);
    const orphan: SequenceTouch = {
      invoiceId: "A|1",
      clientId: "A",
      stepId: "+7",
      dueDate: addDays(DAY0, -7),
      sequenceId: "standard",
      status: "claimed",
      runDate: DAY0,
      leaseUntil: `${DAY0}T10:00:00.000Z`,
      draftId: "A|dead-run",
      balanceMinor: 100_000,
      currency: "USD",
    };
    await store.documents.create(WF_DOC.touch, `A|1|+7|${orphan.dueDate}`, orphan, {
      actorId: "workflow",
      clientId: "A",
    });
    const early = await runSequences(store, { asOf: DAY0, runAt: `${DAY0}T09:59:00.000Z` }, engineDeps(store));
    expect(early.created).toBe(0); // the lease still holds
    const later = await runSequences(store, at(DAY0), engineDeps(store));
    expect(later.created).toBe(1);
    expect(await runSequences(store, { asOf: DAY0, runAt: `${DAY0}T23:00:00.000Z` }, engineDeps(store))).toMatchObject({
      created: 0,
    });
  });

  it("gives claims back when the draft cannot be worded, and tries again next run", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -7)]);
    const failing = { ...engineDeps(store), render: async () => fail("UNAVAILABLE", "renderer down") };
    expect(await runSequences(store, at(DAY0), failing)).toMatchObject({
      created: 0,
      failures: 1,
      skipReasons: { "draft-failed": 1 },
    });
    expect(await store.documents.list(WF_DOC.touch)).toHaveLength(0);
    expect(await runSequences(store, at(DAY0), engineDeps(store))).toMatchObject({ created: 1 });
  });

  it("paid in full ends the sequence with one receipt; a partial payment re-bases the balance", async () => {
    const a1 = invoice("A", 1, -7);
    const a2 = invoice("A", 2, -7, 80_000);
    const store = await smallFirm([client("A")], [a1, a2]);
    const deps = engineDeps(store);
    await runSequences(store, at(DAY0), deps);
    await pay(store, a1, addDays(DAY0, 2), 100_000);
    await pay(store, a2, addDays(DAY0, 2), 30_000);
    const day8 = await runSequences(store, at(addDays(DAY0, 8)), deps); // a2 reaches +15
    expect(day8.drafts).toMatchObject({ receipts: 1, email: 1 });
    const byStep = Object.fromEntries((await drafts(store)).map((d) => [`${d.stepId}@${d.runDate}`, d]));
    expect(byStep[`end@${addDays(DAY0, 8)}`]?.invoiceIds).toEqual(["A|1"]);
    expect(byStep[`+15@${addDays(DAY0, 8)}`]?.text).toContain("$500.00");
    expect((await runSequences(store, at(addDays(DAY0, 9)), deps)).drafts.receipts).toBe(0);
  });

  it("partner tasks, write-off reviews and escalations come from the steps that ask for them", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, -60), invoice("A", 2, -95)]);
    const escalated: string[] = [];
    const summary = await runSequences(store, at(DAY0), {
      ...engineDeps(store),
      onEscalationCreated: (e) => void escalated.push(e.clientId),
    });
    expect(summary.drafts).toMatchObject({ letter: 1, tasks: 1 });
    expect(summary.escalations.created).toBe(1);
    expect(escalated).toEqual(["A"]);
    const tasks = (await store.documents.list<WorkflowTask>(WF_DOC.task))
      .map((t) => [t.body.kind, t.body.assignedTo])
      .sort();
    expect(tasks).toEqual([
      ["partner-task", "u-delgado"],
      ["write-off-review", "u-chen"],
    ]);
    const letter = (await drafts(store)).find((d) => d.channel === "letter")!;
    expect(letter).toMatchObject({ stepId: "+90", tone: "final", needsApproval: true });
  });

  it("pauses for a hold, an unhandled client reply and a manual pause, and resumes when each ends", async () => {
    const store = await smallFirm(
      [client("A"), client("B"), client("C")],
      [invoice("A", 1, -7), invoice("B", 1, -7), invoice("C", 1, -7)],
    );
    const chen = principalOf("u-chen");
    await placeHold(store, chen, "A", { until: addDays(DAY0, 5), reason: "Partner negotiating" }, actionDeps());
    await store.appendInteractions([
      {
        id: "in-1",
        clientId: "B",
        kind: "email-received",
        at: `${DAY0}T08:00:00.000Z`,
        actorId: "u-chen",
        summary: "Client asks for a copy",
      },
    ]);
    await changeSequenceState(store, chen, "C", { action: "pause", reason: "Awaiting budget" }, actionDeps());
    const paused = await runSequences(store, at(DAY0), engineDeps(store));
    expect(paused).toMatchObject({ created: 0, paused: 3, pauseReasons: { hold: 1, "client-reply": 1, manual: 1 } });
    await logInteraction(store, chen, "B", { kind: "note", summary: "Sent the copy" }, actionDeps());
    await changeSequenceState(store, chen, "C", { action: "resume" }, actionDeps());
    const resumed = await runSequences(store, at(addDays(DAY0, 1)), engineDeps(store));
    expect(resumed).toMatchObject({ created: 2, paused: 1, pauseReasons: { hold: 1 } });
    expect(await runSequences(store, at(addDays(DAY0, 5)), engineDeps(store))).toMatchObject({ created: 1, paused: 0 });
  });

  it("a model's escalation date is honoured once", async () => {
    const store = await smallFirm([client("A")], [invoice("A", 1, 10)]);
    const input = { ...at(DAY0), escalationDates: new Map([["A", addDays(DAY0, -1)]]) };
    expect((await runSequences(store, input, engineDeps(store))).escalations.created).toBe(1);
    expect((await runSequences(store, input, engineDeps(store))).escalations).toMatchObject({
      created: 0,
      alreadyPending: 0,
    });
  });
});
