import { describe, expect, it } from "vitest";
import { verifyChain } from "../../audit/hash-chain";
import { actionDeps, principalOf, smallFirm } from "../../../test/support/workflow-fixture";
import { FIRM_CLIENT_ID, listConfigVersions, loadWorkflowConfig, saveWorkflowConfig } from "./config-store";
import { DEFAULT_WORKFLOW_CONFIG } from "./defaults";

const withMinInterval = (days: number) => {
  const c = structuredClone(DEFAULT_WORKFLOW_CONFIG);
  c.guardrails.business.minIntervalDays = days;
  return c;
};

describe("versioned workflow configuration", () => {
  it("starts from the defaults, keeps every saved version, and audits each change on the firm trail", async () => {
    const store = await smallFirm([], []);
    expect(await loadWorkflowConfig(store)).toEqual({ version: 0, config: DEFAULT_WORKFLOW_CONFIG });
    const admin = principalOf("u-morgan");
    expect(
      await saveWorkflowConfig(store, admin, { config: withMinInterval(5), note: "slower cadence" }, actionDeps()),
    ).toMatchObject({ ok: true, value: { version: 1 } });
    expect(
      await saveWorkflowConfig(store, admin, { config: withMinInterval(4), expectedVersion: 1 }, actionDeps()),
    ).toMatchObject({ ok: true, value: { version: 2 } });
    expect((await loadWorkflowConfig(store)).config.guardrails.business.minIntervalDays).toBe(4);
    expect((await listConfigVersions(store)).map((v) => v.version)).toEqual([2, 1]);
    const trail = await store.listInteractions({ clientId: FIRM_CLIENT_ID });
    expect(trail.map((t) => [t.kind, t.actorId, t.data?.version, t.data?.sections])).toEqual([
      ["config-change", "u-morgan", 1, ["guardrails"]],
      ["config-change", "u-morgan", 2, ["guardrails"]],
    ]);
    expect((await verifyChain(trail)).ok).toBe(true);
  });

  it("refuses non-administrators, invalid JSON and a save on top of someone else's", async () => {
    const store = await smallFirm([], []);
    expect(
      await saveWorkflowConfig(store, principalOf("u-whitfield"), { config: withMinInterval(5) }, actionDeps()),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await saveWorkflowConfig(store, principalOf("u-morgan"), { config: { sequences: [] } }, actionDeps()),
    ).toMatchObject({ code: "VALIDATION" });
    await saveWorkflowConfig(store, principalOf("u-morgan"), { config: withMinInterval(5) }, actionDeps());
    expect(
      await saveWorkflowConfig(
        store,
        principalOf("u-morgan"),
        { config: withMinInterval(6), expectedVersion: 0 },
        actionDeps(),
      ),
    ).toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("two administrators saving at once produce one new version, not two version 1s", async () => {
    const store = await smallFirm([], []);
    const results = await Promise.all(
      [5, 6].map((d) =>
        saveWorkflowConfig(store, principalOf("u-morgan"), { config: withMinInterval(d) }, actionDeps()),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await listConfigVersions(store)).map((v) => v.version)).toEqual([1]);
  });
});
