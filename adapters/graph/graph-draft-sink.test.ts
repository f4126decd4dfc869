import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../fakes/memory-store";
import { FAKE_TOKEN, type FakeGraph, startFakeGraph } from "../../test/support/fake-graph";
import { clientCredentialsToken } from "./app-token";
import { createDraftSink } from "./draft-sink-factory";
import { createGraphClient, graphDraftSink, toGraphMessage } from "./graph-draft-sink";

let graph: FakeGraph;
beforeAll(async () => {
  graph = await startFakeGraph();
});
afterAll(async () => graph?.close());

const owner = { userId: "u-chen", email: "jamie.chen@hartwellpryce.example", aadObjectId: "aad-chen" };
const email = {
  subject: "Payment reminder",
  html: "<p>Invoice 20106</p>",
  to: ["ap@fabrikam.example", "gc@fabrikam.example"],
};

describe("toGraphMessage", () => {
  it.each([
    [
      { subject: "S", html: "<p>x</p>", to: ["a@x.example"] },
      {
        subject: "S",
        body: { contentType: "HTML", content: "<p>x</p>" },
        toRecipients: [{ emailAddress: { address: "a@x.example" } }],
      },
    ],
    [
      { subject: "", html: "", to: [] },
      { subject: "", body: { contentType: "HTML", content: "" }, toRecipients: [] },
    ],
  ])("maps %o", (input, expected) => {
    expect(toGraphMessage(input)).toEqual(expected);
  });
});

describe("Graph draft sink against the loopback fake", () => {
  const credentials = () => ({ tenantId: "t-1", clientId: "app", clientSecret: "secret", authorityHost: graph.url });

  it("creates the draft in the collector's own mailbox with an app token, and reuses the token", async () => {
    const sink = createDraftSink(new MemoryStore().forTenant("t").documents, {
      graph: { baseUrl: graph.graphBaseUrl, credentials: credentials() },
    });
    const first = await sink.createEmailDraft(owner, email);
    const second = await sink.createEmailDraft(owner, { ...email, subject: "Second" });
    expect(first).toMatchObject({ ok: true, value: { location: "outlook" } });
    expect(second.ok && second.value.externalId).toMatch(/^AAMkDraft\d+$/);
    expect(graph.drafts.get("aad-chen")?.map((d) => d.subject)).toEqual(["Payment reminder", "Second"]);
    expect(graph.drafts.get("aad-chen")?.[0]?.toRecipients).toEqual([
      { emailAddress: { address: "ap@fabrikam.example" } },
      { emailAddress: { address: "gc@fabrikam.example" } },
    ]);
    const posts = graph.requests.filter((r) => r.path.endsWith("/messages"));
    expect(posts.every((r) => r.authorization === `Bearer ${FAKE_TOKEN}`)).toBe(true);
    expect(graph.tokensIssued).toBe(1);
  });

  it("addresses the mailbox by email when no Entra object id is known", async () => {
    const sink = graphDraftSink(createGraphClient({ baseUrl: graph.graphBaseUrl, getToken: async () => FAKE_TOKEN }), {
      queue: async () => ({ ok: true, value: { id: "" } }),
    });
    const made = await sink.createEmailDraft({ userId: "u-nair", email: "priya.nair@hartwellpryce.example" }, email);
    expect(made.ok).toBe(true);
    expect(graph.drafts.get("priya.nair@hartwellpryce.example")).toHaveLength(1);
  });

  it.each([
    ["an unknown mailbox", "aad-gone", async () => FAKE_TOKEN, "404"],
    ["a rejected token", "aad-chen", async () => "wrong", "401"],
  ])("reports %s as UNAVAILABLE without the draft's content", async (_name, mailbox, getToken, status) => {
    graph.unknownMailboxes.add("aad-gone");
    const sink = graphDraftSink(createGraphClient({ baseUrl: graph.graphBaseUrl, getToken }), {
      queue: async () => ({ ok: true, value: { id: "" } }),
    });
    const made = await sink.createEmailDraft({ ...owner, aadObjectId: mailbox }, email);
    expect(made.ok).toBe(false);
    if (!made.ok) {
      expect(made.code).toBe("UNAVAILABLE");
      expect(made.message).toContain(status);
      expect(made.message).not.toContain("20106");
    }
  });

  it("without Graph settings keeps every draft in the Nudge queue (the local default)", async () => {
    const sink = createDraftSink(new MemoryStore().forTenant("t").documents);
    expect(await sink.createEmailDraft(owner, email)).toEqual({ ok: true, value: { location: "queue" } });
  });

  it("caches the app token until shortly before it expires", async () => {
    let clock = 0;
    const before = graph.tokensIssued;
    const get = clientCredentialsToken(credentials(), () => clock);
    await get();
    await get();
    clock = 3_541_000;
    await get();
    expect(graph.tokensIssued - before).toBe(2);
  });
});
