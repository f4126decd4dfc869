/**
 * Entry of the standalone preview (https://localhost:3000/preview.html): the real task pane beside
 * a mock mailbox, signed in through the local web server's development token route. office.js is
 * the npm copy and is never asked for a mailbox here; nothing leaves localhost.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { createHttpClient } from "../../../web-shared/api/http-client";
import { createFileClient } from "../api/file-client";
import { NudgeApi } from "../api/nudge-api";
import { App } from "../app/App";
import { localToday } from "../../../web-shared/calendar/local-today";
import { pickTheme } from "../app/theme";
import { createDevTokenProvider, type DevRole } from "../../../web-shared/auth/dev-token-provider";
import { StringsProvider } from "../i18n/strings";
import { PreviewMailbox } from "../office/preview-mailbox";
import { type PreviewTheme, PreviewPage } from "./PreviewPage";
import { composeSample, sampleEmails } from "./samples";

const mailbox = new PreviewMailbox();
const emails = sampleEmails(localToday());
const compose = composeSample();

function Preview() {
  const [role, setRole] = useState<DevRole>("specialist");
  const [theme, setTheme] = useState<PreviewTheme>("light");
  const api = useMemo(() => {
    const tokens = createDevTokenProvider(role);
    // Fetch the token now, not on the first click: selecting an email should cost one round trip.
    tokens.getToken().catch(() => undefined);
    return new NudgeApi(createHttpClient({ tokens }), createFileClient({ tokens }));
  }, [role]);
  const paneTheme = theme === "contrast" ? pickTheme("light", true) : pickTheme(theme, false);
  return (
    <FluentProvider theme={webLightTheme}>
      <StringsProvider>
        <PreviewPage
          mailbox={mailbox}
          emails={emails}
          compose={compose}
          devRole={role}
          onRole={setRole}
          theme={theme}
          onTheme={setTheme}
        >
          <App key={role} services={{ api, mailbox, today: () => localToday() }} theme={paneTheme} />
        </PreviewPage>
      </StringsProvider>
    </FluentProvider>
  );
}

createRoot(document.getElementById("root")!).render(<Preview />);
