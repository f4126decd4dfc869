/** Renders a view with the providers the task pane has, around a fake API and an optional mailbox. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { NudgeApi } from "../api/nudge-api";
import { ServicesProvider } from "../app/services";
import { StringsProvider } from "../i18n/strings";
import type { OfficeMailbox } from "../office/mailbox";

export const TODAY = "2026-11-23";

export function renderPane(ui: ReactElement, options: { api: NudgeApi; mailbox?: OfficeMailbox | null }) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StringsProvider>
        <ServicesProvider services={{ api: options.api, mailbox: options.mailbox ?? null, today: () => TODAY }}>
          {ui}
        </ServicesProvider>
      </StringsProvider>
    </FluentProvider>,
  );
}
