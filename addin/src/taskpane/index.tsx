/**
 * Entry of the task pane inside Outlook: office.js (from Microsoft's CDN, per the page template)
 * gives the mailbox and theme; MSAL nested app authentication gives the API token.
 */
import { createRoot } from "react-dom/client";
import { createHttpClient } from "../../../web-shared/api/http-client";
import { createFileClient } from "../api/file-client";
import { NudgeApi } from "../api/nudge-api";
import { App } from "../app/App";
import { localToday } from "../../../web-shared/calendar/local-today";
import { pickTheme, prefersForcedColors } from "../app/theme";
import { authConfigFor } from "../../../web-shared/auth/auth-config";
import { createNaaTokenProvider } from "../../../web-shared/auth/naa-token-provider";
import { stringsFor } from "../i18n/languages";
import { startInOffice } from "../office/office-host";

async function main(): Promise<void> {
  const tokens = createNaaTokenProvider(authConfigFor(location.host));
  // Sign-in warms up while office.js starts: both are needed before the first client appears.
  tokens.warmUp();
  const { mailbox, theme, language } = await startInOffice();
  const api = new NudgeApi(createHttpClient({ tokens }), createFileClient({ tokens }));
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <App
      services={{ api, mailbox, today: () => localToday() }}
      theme={pickTheme(theme, prefersForcedColors())}
      strings={stringsFor(language)}
      locale={language}
    />,
  );
}

void main();
