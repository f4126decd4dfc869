/**
 * The administrators' configuration routes through the real Functions host on a seeded store: the
 * dry run's affected accounts recomputed from the ledger, saving a version and finding its audit
 * record, templates (strict check, preview, versions), segment thresholds, and who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoFirm } from "../core/demo/demo-firm";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

const today = new Date().toISOString().slice(0, 10);
const firm = generateDemoFirm({ asOf: today });
const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

let stack: LocalStack;
let admin: string;
let manager: string;
beforeAll(async () => {
  stack = await startLocalStack({ asOf: today });
  admin = await stack.tokenFor("u-morgan");
  manager = await stack.tokenFor("u-whitfield");
});
afterAll(async () => stack?.stop());

describe("workflow configuration: dry run, save, audit, restore", () => {
  it("lists exactly the invoices whose step plan moves when the +15 reminder moves to +14", async () => {
    const { json: loaded } = await stack.call("GET", "/config/workflow", admin);
    const config = structuredClone(loaded.config);
    const standard = config.sequences.find((s: { id: string }) => s.id === "standard");
    standard.steps.find((s: { id: string }) => s.id === "+15").offsetDays = 14;
    const r = await stack.call("POST", "/config/workflow/dry-run", admin, { config });
    expect(r.status).toBe(200);
    // Recomputed: open, undisputed invoices of business clients (the standard sequence) that are 7 to 14
    // days late: before, their next step is +15; after, it is +14 (or, at 14 days, it has just been reached).
    const consumer = new Set(firm.batch.clients!.filter((c) => c.consumer).map((c) => c.id));
    const affected = firm.batch
      .invoices!.filter((i) => i.balanceMinor > 0 && !i.disputed && !consumer.has(i.clientId))
      .filter((i) => {
        const late = day(today) - day(i.dueDate);
        return late >= 7 && late <= 14;
      });
    expect(r.json.affectedInvoices).toBe(affected.length);
    expect(r.json.affectedAccounts).toBe(new Set(affected.map((i) => i.clientId)).size);
    expect(r.json.sections).toEqual(["sequences"]);
    expect(r.json.baseVersion).toBe(loaded.version);
  });

  it("refuses an invalid configuration with the problems' paths", async () => {
    const { json: loaded } = await stack.call("GET", "/config/workflow", admin);
    const config = structuredClone(loaded.config);
    config.sequences[0].steps[2].offsetDays = -1;
    const r = await stack.call("POST", "/config/workflow/dry-run", admin, { config });
    expect(r.status).toBe(400);
    expect(r.json.errors).toContainEqual({
      path: "sequences.0.steps.2.offsetDays",
      message: "offsets must increase step by step",
    });
  });

  it("saves a new version, records it on the firm's audit trail, and can restore the previous one", async () => {
    const { json: loaded } = await stack.call("GET", "/config/workflow", admin);
    const config = structuredClone(loaded.config);
    config.sequences[0].steps[3].offsetDays = 14;
    const saved = await stack.call("PUT", "/config/workflow", admin, {
      config,
      expectedVersion: loaded.version,
      note: "earlier firmer reminder",
    });
    expect(saved.status).toBe(200);
    expect(saved.json.version).toBe(loaded.version + 1);
    expect((await stack.call("PUT", "/config/workflow", manager, { config })).status).toBe(403);
    const changes = await stack.call("GET", "/config/changes", manager);
    expect(changes.json[0]).toMatchObject({
      actorId: "u-morgan",
      actorName: "Alex Morgan",
      summary: `Workflow configuration version ${saved.json.version} saved (sequences)`,
    });
    expect(changes.json[0].hash).toMatch(/^[0-9a-f]{16,}$/);
    const verify = await stack.call("GET", "/audit/verify?clientId=_firm", manager);
    expect(verify.status).toBe(200);
    const previous = await stack.call("GET", `/config/workflow/versions/${loaded.version}`, admin);
    const restored = await stack.call("PUT", "/config/workflow", admin, {
      config: previous.json.config,
      expectedVersion: saved.json.version,
      note: `Restore version ${loaded.version}`,
    });
    expect(restored.json.version).toBe(saved.json.version + 1);
    expect((await stack.call("GET", "/config/workflow", admin)).json.config).toEqual(loaded.config);
  });
});

describe("templates", () => {
  it("lists the firm's templates, previews an edit for a real client with the strict check, and versions saves", async () => {
    const list = await stack.call("GET", "/templates?language=en", manager);
    expect(list.status).toBe(200);
    const t = list.json.templates.find((x: { id: string }) => x.id === "builtin:en:reminder:email:firm");
    const overdue = new Set(
      firm.batch.invoices!.filter((i) => i.balanceMinor > 0 && i.dueDate < today).map((i) => i.clientId),
    );
    const client = firm.batch.clients!.find((c) => !c.consumer && c.language === "en" && overdue.has(c.id))!;
    const edit = { purpose: t.purpose, channel: t.channel, tone: t.tone, language: "en" };
    const bad = await stack.call("POST", "/templates/preview", manager, {
      ...edit,
      clientId: client.id,
      subject: "x",
      body: "{{balance}}",
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toContain("body: unknown variable {{balance}}");
    const ok = await stack.call("POST", "/templates/preview", manager, {
      ...edit,
      clientId: client.id,
      subject: "Invoices for {{clientName}}",
      body: "Dear {{contactName}},\n\n{{invoiceTable}}",
    });
    expect(ok.status).toBe(200);
    expect(ok.json.subject).toBe(`Invoices for ${client.name}`);
    expect((await stack.call("PUT", "/templates", manager, { ...edit, subject: t.subject, body: t.body })).status).toBe(
      403,
    );
    const saved = await stack.call("PUT", "/templates", admin, {
      ...edit,
      subject: "Overdue: {{clientName}}",
      body: t.body,
    });
    expect(saved.json.version).toBe(1);
    const versions = await stack.call("GET", `/templates/versions?templateId=${encodeURIComponent(t.id)}`, admin);
    expect(versions.json.map((v: { version: number; subject: string }) => [v.version, v.subject])).toEqual([
      [1, "Overdue: {{clientName}}"],
    ]);
    const again = await stack.call("GET", "/templates?language=en", manager);
    expect(again.json.templates.find((x: { id: string }) => x.id === t.id)).toMatchObject({
      customized: true,
      subject: "Overdue: {{clientName}}",
    });
  });
});

describe("segment thresholds, people and roles", () => {
  it("saves thresholds as versions for administrators, checking their order", async () => {
    const current = await stack.call("GET", "/config/segments", manager);
    expect(current.json.version).toBe(0);
    const wrong = { ...current.json.policy, partnerBelowP30: 0.9 };
    expect((await stack.call("PUT", "/config/segments", admin, { policy: wrong })).status).toBe(400);
    const policy = { ...current.json.policy, callAfterDaysPastDue: 21 };
    const saved = await stack.call("PUT", "/config/segments", admin, { policy, expectedVersion: 0 });
    expect(saved.json).toMatchObject({ version: 1, policy: { callAfterDaysPastDue: 21 } });
    expect(
      (await stack.call("GET", "/config/segments/versions", manager)).json.map((v: { version: number }) => v.version),
    ).toEqual([1, 0]);
  });

  it("says who is signed in and lists the firm's people for managers", async () => {
    expect((await stack.call("GET", "/me", manager)).json).toMatchObject({ userId: "u-whitfield", roles: ["manager"] });
    const users = await stack.call("GET", "/users", manager);
    expect(users.json.map((u: { id: string }) => u.id).sort()).toEqual(firm.batch.users!.map((u) => u.id).sort());
    expect(users.json[0]).not.toHaveProperty("email");
    expect((await stack.call("GET", "/users", await stack.tokenFor("u-chen"))).status).toBe(403);
  });
});
