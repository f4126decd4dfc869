import { describe, expect, it } from "vitest";
import { writeProgress } from "./import-progress";

function printed(calls: [number, number][]): string[] {
  const lines: string[] = [];
  const onProgress = writeProgress((line) => lines.push(line));
  for (const [written, total] of calls) onProgress(written, total);
  return lines;
}

describe("writeProgress", () => {
  it.each([
    {
      name: "every 10,000 of 200,000: one line per 10%",
      calls: Array.from({ length: 20 }, (_, i): [number, number] => [(i + 1) * 10_000, 200_000]),
      lines: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map(
        (p) => `Writing… ${p}% (${(p * 2_000).toLocaleString("en-US")} of 200,000)`,
      ),
    },
    {
      name: "a jump past several steps prints once, at the step reached",
      calls: [
        [80_000, 200_000],
        [190_000, 200_000],
        [200_000, 200_000],
      ],
      lines: [
        "Writing… 40% (80,000 of 200,000)",
        "Writing… 90% (190,000 of 200,000)",
        "Writing… 100% (200,000 of 200,000)",
      ],
    },
    {
      name: "below the first step and repeats print nothing",
      calls: [
        [9_999, 100_000],
        [15_000, 100_000],
        [15_000, 100_000],
        [19_999, 100_000],
      ],
      lines: ["Writing… 10% (15,000 of 100,000)"],
    },
    { name: "an empty batch prints nothing", calls: [[0, 0]], lines: [] },
    { name: "a small batch done at once prints 100%", calls: [[15, 15]], lines: ["Writing… 100% (15 of 15)"] },
  ] as { name: string; calls: [number, number][]; lines: string[] }[])("$name", ({ calls, lines }) => {
    expect(printed(calls)).toEqual(lines);
  });
});
