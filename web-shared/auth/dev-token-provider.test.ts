import { describe, expect, it } from "vitest";
import { createDevTokenProvider, jwtExpiry } from "./dev-token-provider";
import { SignInError } from "./token-provider";

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
const jwt = (exp: number) => `${b64url({ alg: "RS256" })}.${b64url({ exp, sub: "u-chen" })}.sig`;

describe("createDevTokenProvider", () => {
  it("asks /dev/token for the role, caches until a minute before expiry, then refetches", async () => {
    let now = 1_000_000_000_000;
    const urls: string[] = [];
    const provider = createDevTokenProvider("specialist", {
      now: () => now,
      fetch: async (url) => {
        urls.push(String(url));
        return new Response(JSON.stringify({ token: jwt(now / 1000 + 3600) }), { status: 200 });
      },
    });
    const first = await provider.getToken();
    expect(await provider.getToken()).toBe(first);
    expect(urls).toEqual(["/dev/token?role=specialist"]);
    now += 3_541_000; // 59 s before expiry
    await provider.getToken();
    expect(urls).toHaveLength(2);
    await provider.getToken({ forceRefresh: true });
    expect(urls).toHaveLength(3);
  });

  it("shares one request between concurrent first calls", async () => {
    let calls = 0;
    const provider = createDevTokenProvider("manager", {
      fetch: async () => {
        calls += 1;
        return new Response(JSON.stringify({ token: jwt(Date.now() / 1000 + 3600) }));
      },
    });
    await Promise.all([provider.getToken(), provider.getToken(), provider.getToken()]);
    expect(calls).toBe(1);
  });

  it("fails with SignInError when the route gives no token", async () => {
    const provider = createDevTokenProvider("admin", { fetch: async () => new Response("{}", { status: 404 }) });
    await expect(provider.getToken()).rejects.toBeInstanceOf(SignInError);
  });

  it("reads the expiry of a JWT, 0 when unreadable", () => {
    expect(jwtExpiry(jwt(1234))).toBe(1234);
    expect(jwtExpiry("not-a-jwt")).toBe(0);
  });
});
