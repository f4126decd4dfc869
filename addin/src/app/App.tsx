/** The task pane with its providers: theme, strings, services. Both entry points render this. */
import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { Strings } from "../i18n/en";
import { StringsProvider } from "../i18n/strings";
import { type Services, ServicesProvider } from "./services";
import { TaskPane } from "./TaskPane";

export function App(props: { services: Services; theme: Theme; strings?: Strings; locale?: string }) {
  return (
    <FluentProvider theme={props.theme} style={{ minHeight: "100%" }}>
      <StringsProvider {...(props.strings ? { strings: props.strings } : {})} locale={props.locale ?? "en-US"}>
        <ServicesProvider services={props.services}>
          <TaskPane />
        </ServicesProvider>
      </StringsProvider>
    </FluentProvider>
  );
}
