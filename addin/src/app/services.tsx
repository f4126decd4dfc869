/** The task pane's collaborators, provided once at the root so views stay free of globals. */
import { createContext, type ReactNode, useContext } from "react";
import type { NudgeApi } from "../api/nudge-api";
import type { OfficeMailbox } from "../office/mailbox";

export interface Services {
  api: NudgeApi;
  /** Null outside Outlook (taskpane.html opened in a browser): the worklist still works. */
  mailbox: OfficeMailbox | null;
  /** Today as the user's calendar sees it (YYYY-MM-DD); forms validate dates against it. */
  today: () => string;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider(props: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices outside ServicesProvider");
  return services;
}

/** Local calendar day, not UTC: a specialist in New York at 9 pm is still on today. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
