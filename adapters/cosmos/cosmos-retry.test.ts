import { describe, expect, it } from "vitest";
import { forEachLimit, type RetryPolicy, statusOf, withRetry } from "./cosmos-retry";

const cosmosError = (code: number, retryAfterInMs?: number) =>
  Object.assign(new Error(`status ${code}`), { code, retryAfterInMs });

function recordingPolicy(attempts = 4): RetryPolicy & { slept: number[] } {
  const slept: number[] = [];
  return { attempts, baseDelayMs: 10, slept, sleep: async (ms) => void slept.push(ms) };
}

describe("statusOf", () => {
  it.each([
    [cosmosError(429), 429],
    [{ statusCode: 503 }, 503],
    [{ code: "ECONNRESET" }, undefined],
    [new Error("bug"), undefined],
    [null, undefined],
  ])("%o → %s", (error, expected) => {
    expect(statusOf(error)).toBe(expected);
  });
});

describe("withRetry", () => {
  it("retries throttling with the server's hint, then exponential backoff", async () => {
    const policy = recordingPolicy();
    const failures = [cosmosError(429, 250), cosmosError(503), cosmosError(408)];
    const result = await withRetry(async () => {
      const next = failures.shift();
      if (next) throw next;
      return "done";
    }, policy);
    expect(result).toBe("done");
    expect(policy.slept).toEqual([250, 20, 40]);
  });

  it("gives up after the last attempt", async () => {
    const policy = recordingPolicy(3);
    let calls = 0;
    const run = withRetry(async () => {
      calls += 1;
      throw cosmosError(429);
    }, policy);
    await expect(run).rejects.toMatchObject({ code: 429 });
    expect(calls).toBe(3);
  });

  it.each([409, 412, 404, 400])("does not retry %s", async (code) => {
    const policy = recordingPolicy();
    let calls = 0;
    const run = withRetry(async () => {
      calls += 1;
      throw cosmosError(code);
    }, policy);
    await expect(run).rejects.toMatchObject({ code });
    expect(calls).toBe(1);
  });
});

describe("forEachLimit", () => {
  it("visits every item with at most `limit` in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    await forEachLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push(n);
      inFlight -= 1;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(3);
  });

  it("rejects when one item fails", async () => {
    await expect(
      forEachLimit([1, 2], 2, async (n) => void (n === 2 && (await Promise.reject(new Error("x"))))),
    ).rejects.toThrow("x");
  });
});

describe("forEachLimit after a failure", () => {
  it("starts no new items once one has failed", async () => {
    const started: number[] = [];
    const run = forEachLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      if (n === 1) throw new Error("first fails");
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    await expect(run).rejects.toThrow("first fails");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toEqual([1, 2]);
  });
});
