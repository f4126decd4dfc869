/**
 * The administrator's and manager's side through the API: the versioned workflow configuration,
 * the daily timer, the reports, and the audit trail proving itself and catching a record edited
 * directly in the database.
 */
import { DatabaseSync } from "node:sqlite";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../cli/main";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

let stack: LocalStack;
const as = (id: string) => stack.tokenFor(id);
beforeAll(async () => {
  stack = await startLocalStack({ asOf: new Date().toISOString().slice(0, 10) });
});
afterAll(async () => stack?.stop());

describe("workflow configuration", () => {
  it("is read by managers, saved by administrators as new versions, validated, and audited", async () => {
    const current = await stack.call("GET", "/config/workflow", await as("u-whitfield"));
    expect(current.json.version).toBe(0);
    const config = current.json.config;
    config.guardrails.business.minIntervalDays = 5;
    expect((await stack.call("PUT", "/config/workflow", await as("u-whitfield"), { config })).status).toBe(403);
    const invalid = await stack.call("PUT", "/config/workflow", await as("u-morgan"), {
      config: { ...config, defaultSequenceId: "nope" },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json.errors).toEqual([{ path: "defaultSequenceId", message: "no sequence nope" }]);
    const saved = await stack.call("PUT", "/config/workflow", await as("u-morgan"), {
      config,
      expectedVersion: 0,
      note: "Slower cadence",
    });
    expect(saved.json).toMatchObject({ version: 1, savedBy: "u-morgan", note: "Slower cadence" });
    const stale = await stack.call("PUT", "/config/workflow", await as("u-morgan"), { config, expectedVersion: 0 });
    expect(stale.status).toBe(412);
    expect(
      (await stack.call("GET", "/config/workflow/versions", await as("u-morgan"))).json.map(
        (v: { version: number }) => v.version,
      ),
    ).toEqual([1]);
    expect(
      (await stack.call("GET", "/config/workflow/versions/0", await as("u-morgan"))).json.config.guardrails.business
        .minIntervalDays,
    ).toBe(3);
    const firm = await stack.call("GET", "/clients/_firm/audit?format=json", await as("u-whitfield"));
    expect(firm.json).toMatchObject({ records: 1, verified: true });
    expect(firm.json.csv).toContain("config-change");
    expect((await stack.call("GET", "/clients/_firm/audit", await as("u-chen"))).status).toBe(404);
  });
});

describe("the daily timer and the reports", () => {
  it("the timer drafts for the firm once; the collector sees the drafts", async () => {
    await stack.host.runTimer("sequences-daily");
    const drafts = (await stack.call("GET", "/drafts", await as("u-chen"))).json;
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((d: { collectorId: string }) => d.collectorId === "u-chen")).toBe(true);
    await stack.host.runTimer("sequences-daily");
    expect((await stack.call("GET", "/drafts", await as("u-chen"))).json).toHaveLength(drafts.length);
  });

  it.each(["collector-activity", "sequence-conversion", "promises", "disputes", "write-offs", "baseline"])(
    "GET /reports/%s is for managers",
    async (name) => {
      const r = await stack.call("GET", `/reports/${name}`, await as("u-whitfield"));
      expect(r.status).toBe(200);
      expect(r.json.report).toBe(name);
      expect((await stack.call("GET", `/reports/${name}`, await as("u-chen"))).status).toBe(403);
    },
  );

  it("reports the baseline before and after Nudge started, and refuses a bad period", async () => {
    const r = (await stack.call("GET", "/reports/baseline", await as("u-whitfield"))).json;
    expect(r.before.paid).toBeGreaterThan(0);
    expect(r.after.paid).toBeGreaterThan(0);
    expect(typeof r.change.avgDaysToPay).toBe("number");
    expect((await stack.call("GET", "/reports/promises?from=2026-13-01", await as("u-whitfield"))).status).toBe(400);
  });
});

describe("the audit trail", () => {
  it("verifies, exports as CSV, and detects a record edited in the database", async () => {
    const manager = await as("u-whitfield");
    expect((await stack.call("GET", "/audit/verify", manager)).json).toMatchObject({ ok: true, broken: [] });
    const db = new DatabaseSync(join(stack.dataDir, "nudge.db"));
    const busiest = db
      .prepare(
        "SELECT client_id AS clientId, COUNT(*) AS n FROM interactions WHERE client_id LIKE 'CL-%' GROUP BY client_id ORDER BY n DESC, client_id LIMIT 2",
      )
      .all() as { clientId: string; n: number }[];
    const [target, other] = [busiest[0]!, busiest[1]!];
    expect(target.n).toBeGreaterThan(2);

    const csv = await stack.call("GET", `/clients/${target.clientId}/audit`, manager);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("x-audit-verified")).toBe("true");
    const lines = (csv.json as string).trim().split("\r\n");
    expect(lines[0]).toBe("seq,id,at,clientId,kind,actorId,summary,invoiceIds,data,prevHash,hash");
    expect(lines).toHaveLength(target.n + 1);

    const victim = db
      .prepare("SELECT id FROM interactions WHERE client_id = ? ORDER BY seq LIMIT 1 OFFSET 1")
      .get(target.clientId) as { id: string };
    db.prepare("UPDATE interactions SET body = json_set(body, '$.summary', 'nothing happened') WHERE id = ?").run(
      victim.id,
    );
    db.close();

    const verdict = (await stack.call("GET", "/audit/verify", manager)).json;
    expect(verdict.ok).toBe(false);
    expect(verdict.broken).toEqual([
      { clientId: target.clientId, brokenAt: victim.id, reason: "content does not match its hash", checked: 1 },
    ]);
    expect((await stack.call("GET", `/audit/verify?clientId=${other.clientId}`, manager)).json.ok).toBe(true);
    expect(
      (await stack.call("GET", `/clients/${target.clientId}/audit`, manager)).headers.get("x-audit-verified"),
    ).toBe("false");
    expect(await main(["audit", "verify", "--client", target.clientId])).toBe(1);
    expect(await main(["audit", "verify", "--client", other.clientId])).toBe(0);
  });
});
