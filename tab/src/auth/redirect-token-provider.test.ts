import { describe, expect, it, vi } from "vitest";
import { authConfigFor } from "../../../web-shared/auth/auth-config";
import { SignInError } from "../../../web-shared/auth/token-provider";
import { createRedirectTokenProvider, type RedirectPca } from "./redirect-token-provider";

const config = authConfigFor("nudge.example.com", "11111111-2222-3333-4444-555555555555");
const account = { homeAccountId: "a", username: "dana@firm.example" } as never;

function fakePca(opts: { account?: unknown; silent?: () => Promise<string> }) {
  const pca = {
    handleRedirectPromise: vi.fn(async () => null),
    getAllAccounts: vi.fn(() => (opts.account ? [opts.account] : [])),
    acquireTokenSilent: vi.fn(async () => ({ accessToken: await (opts.silent ?? (async () => "tok"))() })),
    acquireTokenRedirect: vi.fn(async () => undefined),
    loginRedirect: vi.fn(async () => undefined),
  };
  return { pca, factory: vi.fn(async () => pca as unknown as RedirectPca) };
}

describe("createRedirectTokenProvider", () => {
  it("gets a token silently for the signed-in account, creating MSAL once", async () => {
    const { pca, factory } = fakePca({ account });
    const provider = createRedirectTokenProvider(config, factory);
    expect(await provider.getToken()).toBe("tok");
    expect(await provider.getToken({ forceRefresh: true })).toBe("tok");
    expect(factory).toHaveBeenCalledTimes(1);
    expect(pca.acquireTokenSilent).toHaveBeenLastCalledWith({ scopes: config.scopes, account, forceRefresh: true });
  });

  it("sends a user without an account to sign in", async () => {
    const { pca, factory } = fakePca({});
    await expect(createRedirectTokenProvider(config, factory).getToken()).rejects.toBeInstanceOf(SignInError);
    expect(pca.loginRedirect).toHaveBeenCalledWith({ scopes: config.scopes });
  });

  it("redirects when the silent call needs the user", async () => {
    const { pca, factory } = fakePca({
      account,
      silent: async () => {
        throw new Error("interaction_required");
      },
    });
    await expect(createRedirectTokenProvider(config, factory).getToken()).rejects.toBeInstanceOf(SignInError);
    expect(pca.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: config.scopes, account });
  });
});
