import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WF_DOC, type WorkflowDraft } from "../../core/workflow/documents";
import { basicRenderer } from "../../core/workflow/drafts/basic-render";
import { runSequences } from "../../core/workflow/engine/run-sequences";
import { type FakeGraph, startFakeGraph } from "../../test/support/fake-graph";
import { DAY0, client, invoice, smallFirm } from "../../test/support/workflow-fixture";
import { createDraftSink } from "./draft-sink-factory";

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
