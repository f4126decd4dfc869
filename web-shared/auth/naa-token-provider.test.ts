import { describe, expect, it, vi } from "vitest";
import { authConfigFor, LOCAL_CLIENT_ID } from "./auth-config";
import { createNaaTokenProvider, type PcaFactory } from "./naa-token-provider";
import { SignInError } from "./token-provider";

const config = authConfigFor("nudge.example.com", "11111111-2222-3333-4444-555555555555");

function fakePca(silent: () => Promise<string>, popup: () => Promise<string>) {
  const acquireTokenSilent = vi.fn(async () => ({ accessToken: await silent() }));
  const acquireTokenPopup = vi.fn(async () => ({ accessToken: await popup() }));
  const factory = vi.fn(async () => ({ acquireTokenSilent, acquireTokenPopup })) as unknown as PcaFactory;
  return { factory, acquireTokenSilent, acquireTokenPopup };
}

describe("authConfigFor", () => {
  it("asks for access_as_user on the API app id URI of the add-in's host", () => {
    expect(config.scopes).toEqual(["api://nudge.example.com/11111111-2222-3333-4444-555555555555/access_as_user"]);
    expect(authConfigFor("localhost:3000").clientId).toBe(LOCAL_CLIENT_ID);
  });
});

describe("createNaaTokenProvider", () => {
  it("gets the token silently and creates the MSAL client once", async () => {
    const pca = fakePca(
      async () => "silent-token",
      async () => "popup-token",
    );
    const provider = createNaaTokenProvider(config, pca.factory);
    expect(await provider.getToken()).toBe("silent-token");
    expect(await provider.getToken({ forceRefresh: true })).toBe("silent-token");
    expect(pca.factory).toHaveBeenCalledTimes(1);
    expect(pca.acquireTokenSilent).toHaveBeenLastCalledWith({ scopes: config.scopes, forceRefresh: true });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("falls back to a popup when silent acquisition needs the user", async () => {
    const pca = fakePca(
      async () => {
        throw new Error("interaction_required");
      },
      async () => "popup-token",
    );
    expect(await createNaaTokenProvider(config, pca.factory).getToken()).toBe("popup-token");
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: config.scopes });
  });

  it("warms up silently without ever prompting", async () => {
    const pca = fakePca(
      async () => {
        throw new Error("interaction_required");
      },
      async () => "popup-token",
    );
    const provider = createNaaTokenProvider(config, pca.factory);
    provider.warmUp();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pca.acquireTokenSilent).toHaveBeenCalledTimes(1);
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
    expect(await provider.getToken()).toBe("popup-token");
    expect(pca.factory).toHaveBeenCalledTimes(1);
  });

  it("reports SignInError when both fail", async () => {
    const boom = async (): Promise<string> => {
      throw new Error("user_cancelled");
    };
    const pca = fakePca(boom, boom);
    await expect(createNaaTokenProvider(config, pca.factory).getToken()).rejects.toBeInstanceOf(SignInError);
  });
});
