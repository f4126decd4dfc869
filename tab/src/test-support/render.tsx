/** Renders a dashboard view with the providers the app has, around a fake API. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { vi } from "vitest";
import { DashboardApi } from "../api/dashboard-api";
import type { Me } from "../api/types";
import { ServicesProvider } from "../app/services";
import { StringsProvider } from "../i18n/strings";
import { type Answer, fakeHttp } from "./fake-http";

export const MANAGER: Me = {
  userId: "u-whitfield",
  name: "Dana Whitfield",
  email: "dana@x.example",
  roles: ["manager"],
};
export const ADMIN: Me = { userId: "u-morgan", name: "Alex Morgan", email: "alex@x.example", roles: ["admin"] };

export function renderView(ui: ReactElement, options: { routes: Record<string, Answer>; me?: Me }) {
  const { http, calls } = fakeHttp(options.routes);
  const download = vi.fn();
  const api = new DashboardApi(http);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider>
        <ServicesProvider services={{ api, me: options.me ?? MANAGER, download }}>{ui}</ServicesProvider>
      </StringsProvider>
    </FluentProvider>,
  );
  return { ...view, calls, download, api };
}
