/** The dashboard's collaborators, provided once at the root so views stay free of globals. */
import { createServicesContext } from "../../../web-shared/react/services-context";
import type { DashboardApi } from "../api/dashboard-api";
import type { Me } from "../api/types";

export interface Services {
  api: DashboardApi;
  me: Me;
  /** Saves a file the user asked for (CSV export); the browser download in the page, a spy in tests. */
  download: (name: string, content: string, mime: string) => void;
}

export const { ServicesProvider, useServices } = createServicesContext<Services>();

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
