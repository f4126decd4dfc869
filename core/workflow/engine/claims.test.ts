import { describe, expect, it } from "vitest";
import { type ClaimedTouch, claimChunks, recoveryKeys } from "./claims";
import type { PlannedGroup } from "./plan-day";

/** Only the item count matters to chunking. */
const group = (id: string, items: number) => ({ id, items: new Array(items) }) as unknown as PlannedGroup;

describe("claimChunks", () => {
  it.each([
    { sizes: [], chunks: [] },
    { sizes: [3, 4], chunks: [["g0", "g1"]] },
    { sizes: [600, 399, 1, 5], chunks: [["g0", "g1", "g2"], ["g3"]] },
    { sizes: [1500, 2, 998, 7], chunks: [["g0"], ["g1", "g2"], ["g3"]] },
  ])("keeps whole groups, about 1,000 touches a chunk: $sizes", ({ sizes, chunks }) => {
    const groups = sizes.map((n, i) => group(`g${i}`, n));
    expect(claimChunks(groups).map((c) => c.map((g) => g.id))).toEqual(chunks);
  });
});

describe("recoveryKeys", () => {
  const claim = (takenOverFrom?: string) =>
    ({ id: "t", ...(takenOverFrom === undefined ? {} : { takenOverFrom }) }) as ClaimedTouch;
  it.each([
    { claims: [claim(), claim()], keys: [] },
    { claims: [claim("D2"), claim()], keys: ["D2"] },
    { claims: [claim("D1"), claim("D1"), claim()], keys: ["D2", "D1"] },
    { claims: [claim("D1"), claim("D0")], keys: ["D2", "D1", "D0"] },
    { claims: [claim("")], keys: ["D2"] },
  ])("looks up only when a step was taken over from a run that died: $keys", ({ claims, keys }) => {
    expect(recoveryKeys("D2", claims)).toEqual(keys);
  });
});
