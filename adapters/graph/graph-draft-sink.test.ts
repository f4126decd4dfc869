import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../fakes/memory-store";
import { FAKE_TOKEN, type FakeGraph, startFakeGraph } from "../../test/support/fake-graph";
import { clientCredentialsToken } from "./app-token";
import { createDraftSink } from "./draft-sink-factory";
import {
  createGraphClient,
  DRAFT_KEY_PROPERTY,
  draftKeyFilter,
  graphDraftSink,
  toGraphMessage,
} from "./graph-draft-sink";

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
  key: "CL-1|2026-11-23|email|abc",
};

describe("toGraphMessage", () => {
  it.each([
    [
      { subject: "S", html: "<p>x</p>", to: ["a@x.example"], key: "k1" },
      {
        subject: "S",
        body: { contentType: "HTML", content: "<p>x</p>" },
        toRecipients: [{ emailAddress: { address: "a@x.example" } }],
        singleValueExtendedProperties: [{ id: DRAFT_KEY_PROPERTY, value: "k1" }],
      },
    ],
    [
      { subject: "", html: "", to: [], key: "" },
      {
        subject: "",
        body: { contentType: "HTML", content: "" },
        toRecipients: [],
        singleValueExtendedProperties: [{ id: DRAFT_KEY_PROPERTY, value: "" }],
      },
    ],
  ])("maps %o", (input, expected) => {
    expect(toGraphMessage(input)).toEqual(expected);
  });

  it.each([
    ["A|2026-11-23|email|x1", "ep/value eq 'A|2026-11-23|email|x1')"],
    ["O'Brien|d", "ep/value eq 'O''Brien|d')"],
  ])("finds the stamp %s with an OData literal", (key, tail) => {
    const filter = draftKeyFilter(key);
    expect(filter).toMatch(
      /^singleValueExtendedProperties\/any\(ep: ep\/id eq 'String \{[0-9a-f-]{36}\} Name NudgeDraftKey' and /,
    );
    expect(filter.endsWith(tail)).toBe(true);
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

describe("never twice: Outlook drafts stamped with their Nudge draft id", () => {
  const sinkFor = () =>
    graphDraftSink(createGraphClient({ baseUrl: graph.graphBaseUrl, getToken: async () => FAKE_TOKEN }), {
      queue: async () => ({ ok: true, value: { id: "" } }),
    });
  const boxOf = (mailbox: string) => graph.drafts.get(mailbox) ?? [];
  const since = (n: number) => graph.requests.slice(n).map((r) => r.method);
  let at = 0;
  const mailbox = (name: string) => {
    at = graph.requests.length;
    return { userId: name, email: `${name}@hartwellpryce.example`, aadObjectId: `aad-${name}` };
  };

  it("stamps the key and, when every step was claimed fresh, creates without looking anything up", async () => {
    const who = mailbox("fresh");
    const made = await sinkFor().createEmailDraft(who, email);
    expect(made.ok).toBe(true);
    expect(since(at)).toEqual(["POST"]);
    expect(boxOf("aad-fresh")[0]?.singleValueExtendedProperties).toEqual([
      { id: DRAFT_KEY_PROPERTY, value: email.key },
    ]);
  });

  it("finds the draft a run that died had made under the same key and reuses it, creating nothing", async () => {
    const who = mailbox("retry");
    const first = await sinkFor().createEmailDraft(who, email);
    at = graph.requests.length;
    const again = await sinkFor().createEmailDraft(who, { ...email, reuse: [email.key] });
    expect(again.ok && again.value).toEqual(first.ok && first.value);
    expect(since(at)).toEqual(["GET"]);
    expect(graph.requests.at(-1)?.query).toContain(`ep/value eq '${email.key}'`);
    expect(boxOf("aad-retry")).toHaveLength(1);
  });

  it("brings a draft stamped by an earlier day's run up to date and restamps it, instead of a second", async () => {
    const who = mailbox("takeover");
    const old = await sinkFor().createEmailDraft(who, { ...email, key: "A|day1|email|h1" });
    const now = { ...email, subject: "Payment reminder: 2 invoice(s)", key: "A|day2|email|h2" };
    at = graph.requests.length;
    const made = await sinkFor().createEmailDraft(who, { ...now, reuse: [now.key, "A|day1|email|h1"] });
    expect(made.ok && made.value.externalId).toBe(old.ok && old.value.externalId);
    expect(since(at)).toEqual(["GET", "GET", "PATCH"]);
    expect(boxOf("aad-takeover")).toEqual([
      expect.objectContaining({
        subject: now.subject,
        singleValueExtendedProperties: [{ id: DRAFT_KEY_PROPERTY, value: now.key }],
      }),
    ]);
  });

  it("reuses a draft the collector already sent without touching it", async () => {
    const who = mailbox("sent");
    const old = await sinkFor().createEmailDraft(who, { ...email, key: "B|day1|email|h1" });
    graph.send("aad-sent", old.ok ? old.value.externalId! : "");
    at = graph.requests.length;
    const made = await sinkFor().createEmailDraft(who, {
      ...email,
      key: "B|day2|email|h2",
      reuse: ["B|day2|email|h2", "B|day1|email|h1"],
    });
    expect(made.ok && made.value.externalId).toBe(old.ok && old.value.externalId);
    expect(since(at)).toEqual(["GET", "GET"]);
    expect(boxOf("aad-sent")).toMatchObject([{ subject: email.subject, isDraft: false }]);
  });

  it("does not take a message whose stamp differs only in case (Graph's filter ignores case)", async () => {
    const who = mailbox("case");
    await sinkFor().createEmailDraft(who, { ...email, key: "cl-9|d|email|h" });
    const made = await sinkFor().createEmailDraft(who, { ...email, key: "CL-9|d|email|h", reuse: ["CL-9|d|email|h"] });
    expect(made.ok).toBe(true);
    expect(boxOf("aad-case").map((m) => m.singleValueExtendedProperties?.[0]?.value)).toEqual([
      "cl-9|d|email|h",
      "CL-9|d|email|h",
    ]);
  });

  it("when Graph did the create but the answer was lost (504), finds it by its key: one draft", async () => {
    const who = mailbox("lost");
    graph.failNextCreate = { status: 504, stored: true };
    const made = await sinkFor().createEmailDraft(who, email);
    expect(made).toMatchObject({
      ok: true,
      value: { location: "outlook", externalId: expect.stringMatching(/^AAMkDraft/) },
    });
    expect(since(at)).toEqual(["POST", "GET"]); // the retry handler does not repeat a create on 504
    expect(boxOf("aad-lost")).toHaveLength(1);
  });

  it("when the create really failed (503), reports UNAVAILABLE after one look", async () => {
    const who = mailbox("down");
    graph.failNextCreate = { status: 503, stored: false };
    const made = await sinkFor().createEmailDraft(who, email);
    expect(made).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    expect(since(at)).toEqual(["POST", "GET"]);
    expect(boxOf("aad-down")).toHaveLength(0);
  });
});
