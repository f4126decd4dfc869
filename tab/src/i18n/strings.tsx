/** The dashboard's strings and locale reach components through context; tests render with English. */
import { createContext, type ReactNode, useContext } from "react";
import { en, type Strings } from "./en";

const StringsContext = createContext<{ strings: Strings; locale: string }>({ strings: en, locale: "en-US" });

export function StringsProvider(props: { strings?: Strings; locale?: string; children: ReactNode }) {
  const value = { strings: props.strings ?? en, locale: props.locale ?? "en-US" };
  return <StringsContext.Provider value={value}>{props.children}</StringsContext.Provider>;
}

export const useStrings = (): Strings => useContext(StringsContext).strings;
export const useLocale = (): string => useContext(StringsContext).locale;
