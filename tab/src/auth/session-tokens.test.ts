import { describe, expect, it, vi } from "vitest";
import { sessionCachedTokens } from "./session-tokens";

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
const jwt = (exp: number) => `${b64({ alg: "RS256" })}.${b64({ exp })}.sig`;

function memory() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

describe("sessionCachedTokens", () => {
  it("reuses a kept token until a minute before expiry, and refreshes on demand", async () => {
    let now = 1_000_000_000_000;
    const inner = { getToken: vi.fn(async () => jwt(now / 1000 + 3600)) };
    const storage = memory();
    const first = sessionCachedTokens(inner, "nudge.dev-token.manager", storage, () => now);
    const token = await first.getToken();
    // A reload makes a new provider over the same storage: no second request.
    const second = sessionCachedTokens(inner, "nudge.dev-token.manager", storage, () => now);
    expect(await second.getToken()).toBe(token);
    expect(inner.getToken).toHaveBeenCalledTimes(1);
    now += 3_541_000;
    await second.getToken();
    expect(inner.getToken).toHaveBeenCalledTimes(2);
    await second.getToken({ forceRefresh: true });
    expect(inner.getToken).toHaveBeenLastCalledWith({ forceRefresh: true });
  });
});
