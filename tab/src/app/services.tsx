/** The dashboard's collaborators, provided once at the root so views stay free of globals. */
import { createContext, type ReactNode, useContext } from "react";
import type { DashboardApi } from "../api/dashboard-api";
import type { Me } from "../api/types";

export interface Services {
  api: DashboardApi;
  me: Me;
  /** Saves a file the user asked for (CSV export); the browser download in the page, a spy in tests. */
  download: (name: string, content: string, mime: string) => void;
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

/** The browser download: a Blob behind a temporary object URL. */
export function browserDownload(name: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
