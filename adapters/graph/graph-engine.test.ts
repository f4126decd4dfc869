import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../core/domain/dates";
import { type SequenceTouch, WF_DOC, type WorkflowDraft } from "../../core/workflow/documents";
import type { DraftSink } from "../../core/workflow/ports/draft-sink.port";
import { basicRenderer } from "../../core/workflow/drafts/basic-render";
import { runSequences } from "../../core/workflow/engine/run-sequences";
import { type FakeGraph, startFakeGraph } from "../../test/support/fake-graph";
import { DAY0, client, invoice, smallFirm } from "../../test/support/workflow-fixture";
import { createDraftSink } from "./draft-sink-factory";
import { DRAFT_KEY_PROPERTY } from "./graph-draft-sink";

let graph: FakeGraph;
beforeAll(async () => {
  graph = await startFakeGraph();
});
afterAll(async () => graph?.close());

describe("the daily run with Outlook drafts through Graph", () => {
  it("puts email drafts in the collector's own Drafts folder, letters in the queue, and nothing twice", async () => {
    const store = await smallFirm(
      [client("A"), client("B", { collectorId: "u-nair" }), client("C")],
      [invoice("A", 1, -7), invoice("B", 1, -15), invoice("C", 1, -45)],
    );
    const sink = createDraftSink(store.documents, {
      graph: {
        baseUrl: graph.graphBaseUrl,
        credentials: { tenantId: "t", clientId: "app", clientSecret: "s", authorityHost: graph.url },
      },
    });
    let n = 0;
    const deps = { sink, render: basicRenderer, newId: () => `g-${++n}` };
    const run = await runSequences(store, { asOf: DAY0, runAt: `${DAY0}T14:00:00.000Z` }, deps);
    expect(run.drafts).toMatchObject({ email: 2, letter: 1, inOutlook: 2 });
    expect(graph.drafts.get("jamie.chen@hartwellpryce.example")?.map((d) => d.subject)).toEqual([
      expect.stringContaining("Payment reminder"),
    ]);
    expect(graph.drafts.get("priya.nair@hartwellpryce.example")).toHaveLength(1);
    const records = (await store.documents.list<WorkflowDraft>(WF_DOC.draft)).map((d) => d.body);
    expect(records.filter((d) => d.location === "outlook").every((d) => d.externalId?.startsWith("AAMkDraft"))).toBe(
      true,
    );
    expect(records.find((d) => d.channel === "letter")).toMatchObject({ location: "queue", clientId: "C" });
    await runSequences(store, { asOf: DAY0, runAt: `${DAY0}T15:00:00.000Z` }, deps);
    expect([...graph.drafts.values()].flat()).toHaveLength(2);
  });

  it("keeps the email in the Nudge queue, with a warning, when Outlook refuses it", async () => {
    graph.unknownMailboxes.add("jamie.chen@hartwellpryce.example");
    const store = await smallFirm([client("A")], [invoice("A", 1, -7)]);
    const sink = createDraftSink(store.documents, {
      graph: {
        baseUrl: graph.graphBaseUrl,
        credentials: { tenantId: "t", clientId: "app", clientSecret: "s", authorityHost: graph.url },
      },
    });
    const run = await runSequences(
      store,
      { asOf: DAY0, runAt: `${DAY0}T14:00:00.000Z` },
      { sink, render: basicRenderer, newId: () => "x" },
    );
    expect(run).toMatchObject({ created: 1, drafts: { email: 1, inOutlook: 0 } });
    const draft = (await store.documents.list<WorkflowDraft>(WF_DOC.draft))[0]!.body;
    expect(draft.location).toBe("queue");
    expect(draft.warnings).toEqual([
      "could not create the draft in Outlook (UNAVAILABLE); it waits in the Nudge queue",
    ]);
  });
});

describe("a crash between creating the Outlook draft and recording it", () => {
  const graphSink = (store: Awaited<ReturnType<typeof smallFirm>>) =>
    createDraftSink(store.documents, {
      graph: {
        baseUrl: graph.graphBaseUrl,
        credentials: { tenantId: "t", clientId: "app", clientSecret: "s", authorityHost: graph.url },
      },
    });
  /** The process dies right after Graph made the draft, before Nudge recorded it. */
  const dyingAfterCreate = (sink: DraftSink): DraftSink => ({
    createEmailDraft: (owner, email) => sink.createEmailDraft(owner, email),
    queue: async () => {
      throw new Error("host recycled");
    },
  });
  const mailbox = (address: string) => graph.drafts.get(address) ?? [];

  it("the run that takes over finds the draft by its stamp and records it: one Outlook draft", async () => {
    const store = await smallFirm([client("Z", { collectorId: "u-nair" })], [invoice("Z", 1, -7)]);
    graph.drafts.delete("priya.nair@hartwellpryce.example");
    const sink = graphSink(store);
    let n = 0;
    const deps = { sink, render: basicRenderer, newId: () => `c-${++n}` };
    await expect(
      runSequences(store, { asOf: DAY0, runAt: `${DAY0}T14:00:00.000Z` }, { ...deps, sink: dyingAfterCreate(sink) }),
    ).rejects.toThrow("host recycled");
    expect(mailbox("priya.nair@hartwellpryce.example")).toHaveLength(1);
    expect(await store.documents.list(WF_DOC.draft)).toHaveLength(0);

    // A Functions retry inside the claim's lease does nothing; the next run after it takes the step over.
    expect(await runSequences(store, { asOf: DAY0, runAt: `${DAY0}T14:05:00.000Z` }, deps)).toMatchObject({
      created: 0,
    });
    const posts = graph.requests.filter((r) => r.method === "POST" && r.path.endsWith("/messages")).length;
    const rerun = await runSequences(store, { asOf: DAY0, runAt: `${DAY0}T15:00:00.000Z` }, deps);
    expect(rerun).toMatchObject({ created: 1, drafts: { email: 1, inOutlook: 1 } });
    expect(graph.requests.filter((r) => r.method === "POST" && r.path.endsWith("/messages"))).toHaveLength(posts);
    const outlook = mailbox("priya.nair@hartwellpryce.example");
    expect(outlook).toHaveLength(1);
    const [record] = (await store.documents.list<WorkflowDraft>(WF_DOC.draft)).map((d) => d.body);
    expect(record).toMatchObject({ location: "outlook", externalId: outlook[0]!.id, clientId: "Z" });
    expect(outlook[0]!.singleValueExtendedProperties).toEqual([{ id: DRAFT_KEY_PROPERTY, value: record!.id }]);
  });

  it("a takeover on a later day (another draft id) updates and restamps the same Outlook draft", async () => {
    const store = await smallFirm([client("Y", { collectorId: "u-nair" })], [invoice("Y", 1, -7), invoice("Y", 2, -7)]);
    graph.drafts.delete("priya.nair@hartwellpryce.example");
    const sink = graphSink(store);
    let n = 0;
    const deps = { sink, render: basicRenderer, newId: () => `d-${++n}` };
    await expect(
      runSequences(store, { asOf: DAY0, runAt: `${DAY0}T14:00:00.000Z` }, { ...deps, sink: dyingAfterCreate(sink) }),
    ).rejects.toThrow();
    const [before] = mailbox("priya.nair@hartwellpryce.example");
    const day1 = addDays(DAY0, 1);
    expect(await runSequences(store, { asOf: day1, runAt: `${day1}T14:00:00.000Z` }, deps)).toMatchObject({
      created: 1,
    });
    const outlook = mailbox("priya.nair@hartwellpryce.example");
    expect(outlook.map((m) => m.id)).toEqual([before!.id]);
    const [record] = (await store.documents.list<WorkflowDraft>(WF_DOC.draft)).map((d) => d.body);
    expect(record).toMatchObject({ runDate: day1, externalId: before!.id, invoiceIds: ["Y|1", "Y|2"] });
    expect(outlook[0]!.singleValueExtendedProperties).toEqual([{ id: DRAFT_KEY_PROPERTY, value: record!.id }]);
    const touches = (await store.documents.list<SequenceTouch>(WF_DOC.touch)).map((t) => t.body.draftId);
    expect(touches).toEqual([record!.id, record!.id]);
  });

  it("the normal path still creates exactly one draft per group, with no lookups", async () => {
    const store = await smallFirm([client("X", { collectorId: "u-nair" })], [invoice("X", 1, -7)]);
    graph.drafts.delete("priya.nair@hartwellpryce.example");
    const gets = graph.requests.filter((r) => r.method === "GET").length;
    const deps = { sink: graphSink(store), render: basicRenderer, newId: () => "n" };
    expect(await runSequences(store, { asOf: DAY0, runAt: `${DAY0}T14:00:00.000Z` }, deps)).toMatchObject({
      created: 1,
    });
    expect(mailbox("priya.nair@hartwellpryce.example")).toHaveLength(1);
    expect(graph.requests.filter((r) => r.method === "GET")).toHaveLength(gets);
  });
});
