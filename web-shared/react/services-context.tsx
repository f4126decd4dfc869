/**
 * A page's collaborators (API client, mailbox, clock, download…) provided once at the root so views
 * stay free of globals; each page declares its own `Services` shape and makes its context here.
 */
import { createContext, type ReactNode, useContext } from "react";

/** Called once per page at module scope, so the provider and the hook keep one identity. */
export function createServicesContext<Services>() {
  const ServicesContext = createContext<Services | null>(null);

  function ServicesProvider(props: { services: Services; children: ReactNode }) {
    return <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>;
  }

  function useServices(): Services {
    const services = useContext(ServicesContext);
    if (!services) throw new Error("useServices outside ServicesProvider");
    return services;
  }

  return { ServicesProvider, useServices };
}
