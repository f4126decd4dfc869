import { describe, expect, it } from "vitest";
import { actionDeps, client, principalOf, smallFirm } from "../../../test/support/workflow-fixture";
import { changeSequenceState, getSequenceState } from "./sequence-state";

describe("a client's sequence state under concurrent updates", () => {
  it("keeps every one of many simultaneous changes (no lost update)", async () => {
    const store = await smallFirm([client("A")], []);
    const people = [
      "u-chen",
      "u-delgado",
      "u-whitfield",
      "u-chen",
      "u-delgado",
      "u-whitfield",
      "u-chen",
      "u-whitfield",
    ];
    const results = await Promise.all(
      people.map((who, i) =>
        changeSequenceState(
          store,
          principalOf(who),
          "A",
          i % 2 ? { action: "reply-handled" } : { action: "pause", reason: `reason ${i}` },
          actionDeps(),
        ),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const state = await getSequenceState(store, principalOf("u-chen"), "A");
    expect(state.ok && state.value.log).toHaveLength(people.length);
    expect(state.ok && state.value.log.map((l) => l.reason ?? l.action).sort()).toEqual([
      "reason 0",
      "reason 2",
      "reason 4",
      "reason 6",
      "reply-handled",
      "reply-handled",
      "reply-handled",
      "reply-handled",
    ]);
    expect(state.ok && state.value.paused).toBeDefined();
    expect(state.ok && state.value.replyHandledAt).toBeDefined();
  });

  it("pauses until a date, resumes, and refuses bad input and invisible clients", async () => {
    const store = await smallFirm([client("A")], []);
    expect(
      await changeSequenceState(
        store,
        principalOf("u-chen"),
        "A",
        { action: "pause", until: "2026-12-01", reason: "Awaiting budget" },
        actionDeps(),
      ),
    ).toMatchObject({
      ok: true,
      value: { paused: { until: "2026-12-01", reason: "Awaiting budget", by: "u-chen" } },
    });
    const resumed = await changeSequenceState(store, principalOf("u-chen"), "A", { action: "resume" }, actionDeps());
    expect(resumed.ok && resumed.value.paused).toBeUndefined();
    expect(
      await changeSequenceState(
        store,
        principalOf("u-chen"),
        "A",
        { action: "pause", until: "2020-01-01" },
        actionDeps(),
      ),
    ).toMatchObject({ code: "VALIDATION" });
    expect(
      await changeSequenceState(store, principalOf("u-chen"), "A", { action: "stop" }, actionDeps()),
    ).toMatchObject({ code: "VALIDATION" });
    expect(
      await changeSequenceState(store, principalOf("u-nair"), "A", { action: "pause" }, actionDeps()),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect((await store.listInteractions({ clientId: "A" })).map((i) => i.kind)).toEqual(["hold", "note"]);
  });
});
