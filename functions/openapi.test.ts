import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

/** The documented API and the registered one must not drift apart: every route is in docs/openapi.yaml and back. */
let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack();
});
afterAll(async () => stack?.stop());

function documented(): Map<string, Set<string>> {
  const text = readFileSync(new URL("../docs/openapi.yaml", import.meta.url), "utf8");
  const paths = new Map<string, Set<string>>();
  let current: string | undefined;
  const body = text.slice(text.indexOf("\npaths:"));
  for (const line of body.split("\n")) {
    const path = /^ {2}(\/\S*):\s*$/.exec(line);
    if (path) {
      current = path[1]!;
      paths.set(current, new Set());
      continue;
    }
    const method = /^ {4}(get|post|put|patch|delete):/.exec(line);
    if (method && current) paths.get(current)!.add(method[1]!.toUpperCase());
  }
  return paths;
}

describe("docs/openapi.yaml", () => {
  it("is valid YAML with an OpenAPI 3.1 header", () => {
    const doc = parse(readFileSync(new URL("../docs/openapi.yaml", import.meta.url), "utf8"));
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).length).toBeGreaterThan(20);
  });

  it("documents every registered HTTP route and method, and nothing that is not registered", () => {
    const registered = new Map<string, Set<string>>();
    for (const r of stack.host.registrations) {
      if (r.trigger.type.toLowerCase() !== "httptrigger") continue;
      const path = `/${(r.trigger.route ?? r.name).replace(/\{(\w+)(?::[^}]*)?\??\}/g, "{$1}")}`;
      const methods = registered.get(path) ?? new Set<string>();
      for (const m of r.trigger.methods ?? []) methods.add(m.toUpperCase());
      registered.set(path, methods);
    }
    const docs = documented();
    const missing = [...registered].flatMap(([p, ms]) =>
      [...ms].filter((m) => !docs.get(p)?.has(m)).map((m) => `${m} ${p}`),
    );
    const stale = [...docs].flatMap(([p, ms]) =>
      [...ms].filter((m) => !registered.get(p)?.has(m)).map((m) => `${m} ${p}`),
    );
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });
});
