/**
 * Entry of the managers' dashboard (https://…/dashboard.html): a Teams tab (personal, or a channel
 * tab whose set-up page is `?mode=configure`) or a browser page. It finds the host, picks the
 * sign-in (development issuer on localhost, nested app auth in Teams, redirect in a browser),
 * starts the first view's requests, and renders the app. Nothing is fetched from outside this
 * origin unless Teams hosts the page.
 */
import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import type { DevRole } from "../../web-shared/auth/dev-token-provider";
import { DashboardApi } from "./api/dashboard-api";
import { createHttpClient } from "../../web-shared/api/http-client";
import { App } from "./app/App";
import { initialView, VIEWS } from "./app/views";
import { type SignIn, signInFor, tokensFor } from "./auth/tokens";
import { detectHost, type HostInfo } from "./host/host";
import { prefersForcedColors, themeFor } from "./host/theme";

const DEV_ROLES: DevRole[] = ["manager", "admin", "partner", "specialist"];

function roleFromUrl(): DevRole {
  const r = new URLSearchParams(location.search).get("role");
  return DEV_ROLES.includes(r as DevRole) ? (r as DevRole) : "manager";
}

function apiFor(signIn: SignIn, role: DevRole): DashboardApi {
  return new DashboardApi(createHttpClient({ tokens: tokensFor(signIn, location.host, role) }));
}

function Root(props: { host: HostInfo; signIn: SignIn; api: DashboardApi; role: DevRole }) {
  const [role, setRole] = useState(props.role);
  const [api, setApi] = useState(props.api);
  const [hostTheme, setHostTheme] = useState(props.host.theme);
  useEffect(() => props.host.teams?.onThemeChange(setHostTheme), [props.host.teams]);
  const theme = themeFor(hostTheme, props.host.inTeams, prefersForcedColors());
  const changeRole = (next: DevRole) => {
    const url = new URL(location.href);
    url.searchParams.set("role", next);
    history.replaceState(null, "", url);
    setApi(apiFor(props.signIn, next));
    setRole(next);
  };
  return (
    <App
      key={role}
      api={api}
      theme={theme}
      {...(props.host.locale ? { locale: props.host.locale } : {})}
      {...(props.signIn === "development" ? { devRole: role, onDevRole: changeRole } : {})}
    />
  );
}

async function main(): Promise<void> {
  const host = await detectHost();
  const root = createRoot(document.getElementById("root")!);
  if (new URLSearchParams(location.search).get("mode") === "configure") {
    // The channel tab's set-up page is its own small screen, loaded only when Teams opens it.
    const { ConfigurePage } = await import("./configure/ConfigurePage");
    root.render(
      <ConfigurePage
        theme={themeFor(host.theme, host.inTeams, prefersForcedColors())}
        host={host}
        origin={location.origin}
      />,
    );
    return;
  }
  const signIn = signInFor(location.hostname, host.inTeams);
  const role = roleFromUrl();
  const api = apiFor(signIn, role);
  api.prime(initialView(location.search, location.hash, [...VIEWS]) === "portfolio");
  root.render(<Root host={host} signIn={signIn} api={api} role={role} />);
}

void main();
