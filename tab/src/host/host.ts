/**
 * Where the dashboard runs: a Teams tab (personal or channel) or a plain browser page. teams-js is
 * loaded only when the page is framed (a Teams tab always is): imported at the top level it would
 * ask a Microsoft CDN for its domain list even in a browser, and outside a host `app.initialize`
 * fails at once anyway. A failed or slow start falls back to the browser page.
 */
export type HostTheme = "default" | "dark" | "contrast";

export interface TabSettings {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

/** What the page needs from Teams, narrowed so components and tests never see the SDK's types. */
export interface TeamsBridge {
  onThemeChange(handler: (theme: HostTheme) => void): void;
  /** Channel tab set-up: enables Save in Teams' dialog and saves `settings()` when pressed. */
  configure(settings: () => TabSettings): void;
}

export interface HostInfo {
  inTeams: boolean;
  theme: HostTheme;
  userName?: string;
  locale?: string;
  frameContext?: string;
  teams?: TeamsBridge;
}

type TeamsJs = typeof import("@microsoft/teams-js");

export const BROWSER: HostInfo = { inTeams: false, theme: "default" };

export function isFramed(win: Pick<Window, "parent" | "self">): boolean {
  try {
    return win.parent !== win.self;
  } catch {
    // A cross-origin parent that refuses even the comparison is a frame.
    return true;
  }
}

export const toTheme = (t: string | undefined): HostTheme => (t === "dark" || t === "contrast" ? t : "default");

function bridge(teams: TeamsJs): TeamsBridge {
  return {
    onThemeChange: (handler) => teams.app.registerOnThemeChangeHandler((t) => handler(toTheme(t))),
    configure: (settings) => {
      teams.pages.config.registerOnSaveHandler((event) => {
        teams.pages.config.setConfig(settings()).then(
          () => event.notifySuccess(),
          (error: unknown) => event.notifyFailure(String((error as Error)?.message ?? error)),
        );
      });
      teams.pages.config.setValidityState(true);
    },
  };
}

export async function detectHost(
  win: Pick<Window, "parent" | "self"> = window,
  load: () => Promise<TeamsJs> = () => import("@microsoft/teams-js"),
  timeoutMs = 4000,
): Promise<HostInfo> {
  if (!isFramed(win)) return BROWSER;
  try {
    const teams = await load();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no host answer")), timeoutMs));
    await Promise.race([teams.app.initialize(), timeout]);
    const ctx = await Promise.race([teams.app.getContext(), timeout]);
    const userName = ctx.user?.displayName ?? ctx.user?.userPrincipalName;
    return {
      inTeams: true,
      theme: toTheme(ctx.app.theme),
      ...(userName ? { userName } : {}),
      ...(ctx.app.locale ? { locale: ctx.app.locale } : {}),
      ...(ctx.page.frameContext ? { frameContext: ctx.page.frameContext } : {}),
      teams: bridge(teams),
    };
  } catch {
    return BROWSER;
  }
}
