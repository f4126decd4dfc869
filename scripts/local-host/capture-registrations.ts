/**
 * Stands in for `@azure/functions-core`, the module the real Functions worker injects. With it
 * present, `@azure/functions` leaves test mode and hands us every `app.http` / `app.timer`
 * registration exactly as the real host would receive it: name, route, methods, schedule, handler.
 */
import Module from "node:module";

export interface Binding {
  type: string;
  direction: "in" | "out";
  route?: string;
  methods?: string[];
  authLevel?: string;
  schedule?: string;
  runOnStartup?: boolean;
}

export interface Registration {
  name: string;
  trigger: Binding;
  handler: (...args: unknown[]) => unknown;
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;

export function captureRegistrations(): Registration[] {
  const registrations: Registration[] = [];
  const core = {
    version: "local",
    setProgrammingModel: () => undefined,
    getProgrammingModel: () => undefined,
    registerHook: () => ({ dispose: () => undefined }),
    log: (level: string, category: string, message: string) => {
      if (category === "system" && level !== "error") return;
      console.log(`[functions:${level}] ${message}`);
    },
    registerFunction(metadata: { name: string; bindings: Record<string, Binding> }, handler: Registration["handler"]) {
      const trigger = Object.values(metadata.bindings).find((b) => b.direction === "in" && /trigger$/i.test(b.type));
      if (!trigger) throw new Error(`function ${metadata.name} has no trigger`);
      registrations.push({ name: metadata.name, trigger, handler });
      return { dispose: () => undefined };
    },
  };
  const loader = Module as unknown as { _load: Loader };
  const original = loader._load;
  loader._load = function load(request, parent, isMain) {
    if (request === "@azure/functions-core") return core;
    return original.call(this, request, parent, isMain);
  };
  return registrations;
}
