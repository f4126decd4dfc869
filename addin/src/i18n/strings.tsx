/**
 * Strings and formats reach components through context, so a host can pick the language once
 * (from Office's display language) and tests can render with the English default.
 */
import { createContext, type ReactNode, useContext } from "react";
import { en, type Strings } from "./en";

const StringsContext = createContext<{ strings: Strings; locale: string }>({ strings: en, locale: "en-US" });

export function StringsProvider(props: { strings?: Strings; locale?: string; children: ReactNode }) {
  const value = { strings: props.strings ?? en, locale: props.locale ?? "en-US" };
  return <StringsContext.Provider value={value}>{props.children}</StringsContext.Provider>;
}

export function useStrings(): Strings {
  return useContext(StringsContext).strings;
}

export function useLocale(): string {
  return useContext(StringsContext).locale;
}
