import { describe, expect, it } from "vitest";
import { claimChunks } from "./claims";
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
