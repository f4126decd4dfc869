import { describe, expect, it } from "vitest";
import {
  DAY0,
  actionDeps,
  client,
  engineDeps,
  invoice,
  principalOf,
  smallFirm,
} from "../../../test/support/workflow-fixture";
import { addDays } from "../../domain/dates";
import type { IsoDate } from "../../domain/types";
import type { TenantStore } from "../../ports/store.port";
import { saveWorkflowConfig } from "../config/config-store";
import { DEFAULT_WORKFLOW_CONFIG } from "../config/defaults";
import { type SequenceTouch, WF_DOC, type WorkflowDraft, type WorkflowTask } from "../documents";
import { runSequences } from "../engine/run-sequences";
import { getSequencePosition } from "./get-sequence-position";

const chen = principalOf("u-chen");

/** What the run made for client A on `day`: the step each draft or task was worded by, with its invoices. */
async function workOn(store: TenantStore, day: IsoDate) {
  const drafts = (await store.documents.list<WorkflowDraft>(WF_DOC.draft))
    .map((d) => d.body)
    .filter((d) => d.runDate === day && d.stepId !== "end");
  const tasks = (await store.documents.list<WorkflowTask>(WF_DOC.task))
    .map((t) => t.body)
    .filter((t) => t.createdAt.startsWith(day) && t.source.startsWith("sequence:") && t.kind !== "write-off-review");
  return [
    ...drafts.map((d) => ({ stepId: d.stepId, invoiceIds: d.invoiceIds })),
    ...tasks.map((t) => ({ stepId: t.source.split(":")[2], invoiceIds: t.invoiceIds })),
  ];
}

describe("the pane's sequence position agrees with the daily run", () => {
  it.each([
    ["defer-send", DEFAULT_WORKFLOW_CONFIG],
    [
      "skip-day",
      { ...DEFAULT_WORKFLOW_CONFIG, guardrails: { ...DEFAULT_WORKFLOW_CONFIG.guardrails, nonBusinessDay: "skip-day" } },
    ],
  ] as const)("day after day, the next step is what the run drafts (%s)", async (_name, config) => {
    const store = await smallFirm(
      [client("A")],
      [invoice("A", 1, -10), invoice("A", 2, 3), invoice("A", 3, 12), invoice("A", 4, -40, 50_000)],
    );
    await saveWorkflowConfig(store, principalOf("u-morgan"), { config }, actionDeps());
    const deps = engineDeps(store);
    let drafted = 0;
    for (let i = 0; i < 50; i++) {
      const day = addDays(DAY0, i);
      const before = await getSequencePosition(store, chen, "A", { asOf: day, now: `${day}T05:00:00.000Z` });
      expect(before.ok).toBe(true);
      if (!before.ok) return;
      const next = before.value.next;
      await runSequences(store, { asOf: day, runAt: `${day}T11:00:00.000Z` }, deps);
      const work = await workOn(store, day);
      if (next?.date === day) {
        const lead = work.find((w) => w.invoiceIds.includes(next.invoiceId));
        expect(lead, `work for ${next.invoiceId} on ${day}`).toBeDefined();
        expect(lead?.stepId).toBe(next.stepId);
        expect(lead?.invoiceIds).toHaveLength(next.invoices);
        drafted += 1;
        const after = await getSequencePosition(store, chen, "A", { asOf: day, now: `${day}T12:00:00.000Z` });
        // Done now: the next step is on a later day.
        const later = after.ok ? after.value.next : undefined;
        if (later) expect(later.date > day).toBe(true);
      } else expect(work, `nothing expected on ${day}, next ${next?.date}`).toEqual([]);
    }
    expect(drafted).toBeGreaterThan(4);
  });

  it("ignores a claim whose run died before its draft, as the run does; refuses invisible clients", async () => {
    const inv = invoice("A", 1, -7);
    const store = await smallFirm([client("A")], [inv]);
    const orphan: SequenceTouch = {
      invoiceId: inv.id,
      clientId: "A",
      stepId: "+7",
      dueDate: inv.dueDate,
      sequenceId: "standard",
      status: "claimed",
      runDate: DAY0,
      leaseUntil: `${DAY0}T06:15:00.000Z`,
      draftId: "A|dead-run",
      balanceMinor: inv.balanceMinor,
      currency: "USD",
    };
    await store.documents.create(WF_DOC.touch, `${inv.id}|+7|${inv.dueDate}`, orphan, {
      actorId: "workflow",
      clientId: "A",
    });
    const pos = await getSequencePosition(store, chen, "A", { asOf: DAY0, now: `${DAY0}T09:00:00.000Z` });
    expect(pos.ok && pos.value).toMatchObject({
      status: "active",
      current: { stepId: "+7", state: "due" },
      next: { stepId: "+7", date: DAY0 },
    });
    expect(
      await getSequencePosition(store, principalOf("u-nair"), "A", { asOf: DAY0, now: `${DAY0}T09:00:00.000Z` }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
