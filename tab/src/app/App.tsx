/**
 * The dashboard with its providers: theme, strings, services. It asks the API who is signed in
 * (roles decide the views), then shows the frame. Both the browser page and the Teams tab render this.
 */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, type Theme } from "@fluentui/react-components";
import type { DevRole } from "../../../web-shared/auth/dev-token-provider";
import type { DashboardApi } from "../api/dashboard-api";
import { Loaded } from "../common/Loaded";
import type { Strings } from "../i18n/en";
import { StringsProvider, useStrings } from "../i18n/strings";
import { renderView } from "./render-view";
import { browserDownload, ServicesProvider, type Services } from "./services";
import { Shell } from "./Shell";
import { useLoad } from "../../../web-shared/react/use-load";
import { initialView, viewsFor } from "./views";

export interface AppProps {
  api: DashboardApi;
  theme: Theme;
  strings?: Strings;
  locale?: string;
  devRole?: DevRole;
  onDevRole?: (role: DevRole) => void;
  download?: Services["download"];
  location?: { search: string; hash: string };
}

function Dashboard(props: AppProps) {
  const s = useStrings();
  const [me] = useLoad(() => props.api.me(), []);
  return (
    <Loaded value={me} label={s.app.signingIn}>
      {(who) => {
        const views = viewsFor(who.roles);
        const services = { api: props.api, me: who, download: props.download ?? browserDownload };
        const where = props.location ?? { search: location.search, hash: location.hash };
        if (views.length === 0)
          return (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.app.notForRole}</MessageBarTitle>
                {s.app.notForRoleBody}
              </MessageBarBody>
            </MessageBar>
          );
        return (
          <ServicesProvider services={services}>
            <Shell
              initial={initialView(where.search, where.hash, views)}
              render={renderView}
              {...(props.devRole && props.onDevRole ? { devRole: props.devRole, onDevRole: props.onDevRole } : {})}
            />
          </ServicesProvider>
        );
      }}
    </Loaded>
  );
}

export function App(props: AppProps) {
  return (
    <FluentProvider theme={props.theme} style={{ minHeight: "100%" }}>
      <StringsProvider {...(props.strings ? { strings: props.strings } : {})} locale={props.locale ?? "en-US"}>
        <Dashboard {...props} />
      </StringsProvider>
    </FluentProvider>
  );
}
