import { describe, expect, it, vi } from "vitest";
import { BROWSER, detectHost, isFramed, toTheme } from "./host";

const top = { parent: null as unknown, self: null as unknown };
top.parent = top;
top.self = top;
const framed = { parent: {}, self: {} };

function fakeTeams(overrides: { initialize?: () => Promise<void>; theme?: string } = {}) {
  const setConfig = vi.fn(async () => undefined);
  let onSave: ((e: { notifySuccess(): void; notifyFailure(r: string): void }) => void) | undefined;
  const sdk = {
    app: {
      initialize: overrides.initialize ?? (async () => undefined),
      getContext: async () => ({
        app: { theme: overrides.theme ?? "dark", locale: "de-DE" },
        user: { displayName: "Dana Whitfield" },
        page: { frameContext: "content" },
      }),
      registerOnThemeChangeHandler: vi.fn(),
    },
    pages: {
      config: {
        registerOnSaveHandler: (h: typeof onSave) => {
          onSave = h;
        },
        setValidityState: vi.fn(),
        setConfig,
      },
    },
  };
  return { sdk, setConfig, save: () => onSave };
}

describe("detectHost", () => {
  it("never loads teams-js in a top-level browser window", async () => {
    const load = vi.fn();
    expect(await detectHost(top as unknown as Window, load)).toBe(BROWSER);
    expect(load).not.toHaveBeenCalled();
  });

  it("reads theme, user and locale from Teams when framed", async () => {
    const { sdk } = fakeTeams();
    const host = await detectHost(framed as unknown as Window, async () => sdk as never);
    expect(host).toMatchObject({ inTeams: true, theme: "dark", userName: "Dana Whitfield", locale: "de-DE" });
  });

  it("falls back to the browser page when the frame is not Teams", async () => {
    const { sdk } = fakeTeams({
      initialize: () => Promise.reject(new Error("No Parent window found")),
    });
    expect(await detectHost(framed as unknown as Window, async () => sdk as never)).toBe(BROWSER);
    const silent = fakeTeams({ initialize: () => new Promise(() => undefined) });
    expect(await detectHost(framed as unknown as Window, async () => silent.sdk as never, 20)).toBe(BROWSER);
  });

  it("saves the channel tab's settings when Teams asks", async () => {
    const fake = fakeTeams();
    const host = await detectHost(framed as unknown as Window, async () => fake.sdk as never);
    const settings = {
      contentUrl: "https://x/dashboard.html?view=inventory",
      websiteUrl: "https://x/dashboard.html",
      entityId: "nudge-dashboard-inventory",
      suggestedDisplayName: "Nudge",
    };
    host.teams!.configure(() => settings);
    expect(fake.sdk.pages.config.setValidityState).toHaveBeenCalledWith(true);
    const notifySuccess = vi.fn();
    fake.save()!({ notifySuccess, notifyFailure: vi.fn() });
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.setConfig).toHaveBeenCalledWith(settings);
    expect(notifySuccess).toHaveBeenCalled();
  });
});

describe("isFramed and toTheme", () => {
  it("tells a frame from a top window and maps Teams themes", () => {
    expect(isFramed(top as unknown as Window)).toBe(false);
    expect(isFramed(framed as unknown as Window)).toBe(true);
    expect([toTheme("dark"), toTheme("contrast"), toTheme("default"), toTheme(undefined)]).toEqual([
      "dark",
      "contrast",
      "default",
      "default",
    ]);
  });
});
