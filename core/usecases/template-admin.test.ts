import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import { listConfigChanges } from "../config/config-changes";
import type { Principal } from "../ports/principal";
import { listTemplates, listTemplateVersions, saveTemplateVersioned, templateFrom } from "./template-admin";

const admin: Principal = { tenantId: "t", userId: "u-a", email: "", name: "A", roles: ["admin"] };
const deps = { asOf: "2026-11-23", now: "2026-11-23T10:00:00.000Z", newId: () => globalThis.crypto.randomUUID() };

describe("templateFrom", () => {
  it.each([
    [{ purpose: "reminder", channel: "email", tone: "firm", language: "en", subject: "s", body: "b" }, true],
    [{ purpose: "lunch", channel: "email", tone: "firm", language: "en", subject: "s", body: "b" }, false],
    [{ purpose: "reminder", channel: "fax", tone: "firm", language: "en", subject: "s", body: "b" }, false],
    [{ purpose: "reminder", channel: "email", tone: "firm", language: "en", subject: 1, body: "b" }, false],
    [
      {
        purpose: "reply",
        replyKind: "promise",
        channel: "email",
        tone: "friendly",
        language: "en",
        subject: "s",
        body: "b",
      },
      true,
    ],
    [
      {
        purpose: "reply",
        replyKind: "gossip",
        channel: "email",
        tone: "friendly",
        language: "en",
        subject: "s",
        body: "b",
      },
      false,
    ],
    [
      {
        purpose: "reminder",
        replyKind: "promise",
        channel: "email",
        tone: "firm",
        language: "en",
        subject: "s",
        body: "b",
      },
      false,
    ],
  ])("%j valid=%s", (raw, valid) => {
    expect(templateFrom(raw).ok).toBe(valid);
  });
});

describe("template admin", () => {
  it("lists every template once, saves versions with an audit record, and marks the changed one", async () => {
    const store = new MemoryStore().forTenant("t");
    const before = await listTemplates(store, admin, "en");
    if (!before.ok) throw new Error("list failed");
    const ids = before.value.templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const firm = before.value.templates.find((t) => t.id === "builtin:en:reminder:email:firm")!;
    expect(firm.customized).toBe(false);
    const edit = { purpose: "reminder" as const, channel: "email" as const, tone: "firm" as const, language: "en" };
    const bad = await saveTemplateVersioned(store, admin, { ...edit, subject: "Hi", body: "{{nope}}" }, deps);
    expect(!bad.ok && bad.code).toBe("VALIDATION");
    const v1 = await saveTemplateVersioned(
      store,
      admin,
      { ...edit, subject: "Invoices for {{clientName}}", body: "Dear {{contactName}}" },
      deps,
    );
    const v2 = await saveTemplateVersioned(store, admin, { ...edit, subject: firm.subject, body: firm.body }, deps);
    expect([v1.ok && v1.value.version, v2.ok && v2.value.version]).toEqual([1, 2]);
    expect((await listTemplateVersions(store, firm.id)).map((v) => [v.version, v.subject])).toEqual([
      [2, firm.subject],
      [1, "Invoices for {{clientName}}"],
    ]);
    const changes = await listConfigChanges(store, admin);
    expect(changes.ok && changes.value.map((c) => c.summary)).toEqual([
      `Template ${firm.id} version 2 saved`,
      `Template ${firm.id} version 1 saved`,
    ]);
    const after = await listTemplates(store, admin, "en");
    expect(after.ok && after.value.templates.find((t) => t.id === firm.id)?.customized).toBe(false);
  });

  it("lists each reading's reply template as its own slot and saves to that slot only", async () => {
    const store = new MemoryStore().forTenant("t");
    const listed = await listTemplates(store, admin, "en");
    if (!listed.ok) throw new Error("list failed");
    const replies = listed.value.templates.filter((t) => t.purpose === "reply" && t.replyKind);
    expect(new Set(replies.map((t) => t.replyKind))).toEqual(
      new Set(["promise", "dispute", "hardship", "paid", "remittance", "wrong-contact"]),
    );
    const promiseEmail = replies.find((t) => t.replyKind === "promise" && t.channel === "email")!;
    const raw = templateFrom({ ...promiseEmail, subject: "Thank you, {{clientName}}", body: promiseEmail.body });
    if (!raw.ok) throw new Error(raw.message);
    const saved = await saveTemplateVersioned(store, admin, raw.value, deps);
    expect(saved.ok && saved.value.id).toBe(promiseEmail.id);
    const after = await listTemplates(store, admin, "en");
    const customized = after.ok ? after.value.templates.filter((t) => t.customized).map((t) => t.id) : [];
    expect(customized).toEqual([promiseEmail.id]);
  });
});
