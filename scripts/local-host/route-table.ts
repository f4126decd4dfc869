/** Matches request paths against Functions route templates (`clients/{clientId}/summary`). */
import type { Registration } from "./capture-registrations";

export interface RouteMatch {
  registration: Registration;
  params: Record<string, string>;
}

interface CompiledRoute {
  registration: Registration;
  pattern: RegExp;
  names: string[];
  /** Literal segments first: `clients/match` wins over `clients/{clientId}`. */
  literalSegments: number;
}

export function compileRoutes(registrations: Registration[]): CompiledRoute[] {
  return registrations
    .filter((r) => r.trigger.type.toLowerCase() === "httptrigger")
    .map((registration) => {
      const route = (registration.trigger.route ?? registration.name).replace(/^\/+|\/+$/g, "");
      const names: string[] = [];
      const segments = route.split("/");
      const pattern = segments
        .map((seg) => {
          const m = /^\{([A-Za-z0-9_]+)(?::[^}?]*)?(\?)?\}$/.exec(seg);
          if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          names.push(m[1]!);
          return m[2] ? "?([^/]*)" : "([^/]+)";
        })
        .join("/");
      return {
        registration,
        pattern: new RegExp(`^${pattern}/?$`, "i"),
        names,
        literalSegments: segments.filter((s) => !s.startsWith("{")).length,
      };
    })
    .sort((a, b) => b.literalSegments - a.literalSegments || a.names.length - b.names.length);
}

export function matchRoute(
  routes: CompiledRoute[],
  method: string,
  path: string,
): RouteMatch | "method-not-allowed" | undefined {
  let wrongMethod = false;
  for (const r of routes) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    const methods = (r.registration.trigger.methods ?? ["GET", "POST"]).map((x) => x.toUpperCase());
    if (!methods.includes(method.toUpperCase())) {
      wrongMethod = true;
      continue;
    }
    const params: Record<string, string> = {};
    r.names.forEach((name, i) => {
      const value = m[i + 1];
      if (value !== undefined && value !== "") params[name] = decodeURIComponent(value);
    });
    return { registration: r.registration, params };
  }
  return wrongMethod ? "method-not-allowed" : undefined;
}
