import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../adapters/fakes/memory-store";
import { seedDemoFirm } from "../core/demo/seed-demo";
import { type FakeConnector, startFakeConnector } from "../test/support/fake-connector";
import { MANAGERS_CHANNEL, saveRef } from "./conversations/refs";
import { createBotRuntime } from "./runtime";

let connector: FakeConnector;
let store: MemoryStore;
let clock: string;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());

beforeEach(async () => {
  connector.clear();
  store = new MemoryStore();
  await seedDemoFirm(store, { asOf: "2026-11-23" });
  await saveRef(store.forTenant("demo-firm"), MANAGERS_CHANNEL, {
    scope: "channel",
    userId: "u-whitfield",
    reference: {
      channelId: "msteams",
      serviceUrl: connector.serviceUrl,
      conversation: { id: "19:managers@thread.tacv2", conversationType: "channel" },
      bot: { id: "28:nudge-bot" },
    },
    savedAt: "2026-11-01T00:00:00.000Z",
  });
});

const runtime = () =>
  createBotRuntime({
    settings: { appId: "", appType: "", appTenantId: "" },
    store,
    publicUrl: "https://nudge.example",
    now: () => new Date(clock),
    today: () => clock.slice(0, 10),
  });

describe("the hourly digest timer", () => {
  it("posts once on Monday from 08:00 in the firm's zone, covering the week to Sunday", async () => {
    clock = "2026-11-23T12:00:00.000Z"; // 07:00 in New York
    expect(await runtime().runScheduledDigests()).toEqual([{ tenantId: "demo-firm", status: "not-due" }]);
    clock = "2026-11-23T13:00:00.000Z"; // 08:00
    expect(await runtime().runScheduledDigests()).toEqual([{ tenantId: "demo-firm", status: "sent" }]);
    clock = "2026-11-23T14:00:00.000Z"; // the next hourly run, or a retry
    expect(await runtime().runScheduledDigests()).toEqual([{ tenantId: "demo-firm", status: "already-sent" }]);
    const posts = connector.posts("19:managers@thread.tacv2");
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.body)).toContain("Week 2026-11-16 to 2026-11-22");
  });

  it("says so when no managers' channel is known", async () => {
    await store.forTenant("demo-firm").documents.delete("conversation-ref", MANAGERS_CHANNEL);
    clock = "2026-11-23T13:00:00.000Z";
    expect(await runtime().runScheduledDigests()).toEqual([{ tenantId: "demo-firm", status: "no-channel" }]);
    expect(connector.calls).toHaveLength(0);
  });
});

describe("the messages endpoint without an app id", () => {
  it("refuses a request that did not arrive on loopback", async () => {
    const res = await runtime().handle({
      method: "POST",
      url: "https://nudge.azurewebsites.net/api/messages",
      headers: {},
      body: { type: "message", serviceUrl: connector.serviceUrl },
    });
    expect(res.status).toBe(401);
  });

  it("refuses a loopback request forwarded from elsewhere", async () => {
    const res = await runtime().handle({
      method: "POST",
      url: "http://127.0.0.1:7071/api/messages",
      headers: { "x-forwarded-for": "203.0.113.9" },
      body: { type: "message", serviceUrl: connector.serviceUrl },
    });
    expect(res.status).toBe(401);
  });
});
