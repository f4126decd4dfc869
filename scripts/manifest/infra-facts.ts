// Reads the few facts the manifest must agree with from infra/ (text-level: no Bicep compiler offline).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The infra parameters file of an environment: ARM deployment-parameters JSON. */
export function readParameters(root: string, env: string): Record<string, unknown> {
  const path = join(root, "infra", `parameters.${env}.json`);
  if (!existsSync(path)) throw new Error(`infra/parameters.${env}.json is missing`);
  const json = JSON.parse(readFileSync(path, "utf8")) as { parameters?: Record<string, { value?: unknown }> };
  return Object.fromEntries(Object.entries(json.parameters ?? {}).map(([name, p]) => [name, p.value]));
}

export function readBicep(root: string, file = "main.bicep"): string {
  return readFileSync(join(root, "infra", file), "utf8");
}

/**
 * The lines of a top-level block that starts with `opening` (e.g. "var appSettings = {") and ends at the
 * next line that is a lone `}` in column 0, the layout the Bicep formatter produces.
 */
export function topLevelBlock(bicep: string, opening: string): string[] {
  const lines = bicep.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(opening));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && /^[}\]]\s*$/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Keys of `var appSettings = { ... }` in main.bicep: the Function App's app setting names. */
export function bicepAppSettingNames(bicep: string): string[] {
  return topLevelBlock(bicep, "var appSettings = {")
    .map((line) => /^ {2}'?([A-Za-z_][A-Za-z0-9_]*)'?:/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

/** The path of the bot messaging endpoint (`var botMessagingEndpoint = 'https://${host}/api/messages'`). */
export function bicepBotMessagingRoute(bicep: string): string | undefined {
  return /^var botMessagingEndpoint = 'https:\/\/\$\{[^}]+\}(\/[^']*)'/m.exec(bicep)?.[1];
}

export type BicepContainer = { name: string; partitionKeyPaths: string[]; kind: string | undefined };

/** Every `Microsoft.DocumentDB/.../containers` resource in a Bicep file with its partition key. */
export function bicepCosmosContainers(bicep: string): BicepContainer[] {
  const blocks = bicep.split(/^resource /m).filter((b) => b.includes("sqlDatabases/containers@"));
  return blocks.map((block) => {
    const name = /^\s*id: '([^']+)'/m.exec(block)?.[1] ?? "?";
    const paths = /partitionKey:\s*\{[^}]*?paths:\s*\[([^\]]*)\]/s.exec(block)?.[1] ?? "";
    const kind = /partitionKey:\s*\{[^}]*?kind:\s*'([^']+)'/s.exec(block)?.[1];
    return { name, partitionKeyPaths: [...paths.matchAll(/'([^']+)'/g)].map((m) => m[1]!), kind };
  });
}

/** The literal value of `var <name> = '<value>'`. */
export function bicepStringVar(bicep: string, name: string): string | undefined {
  return new RegExp(`^var ${name} = '([^']*)'`, "m").exec(bicep)?.[1];
}

export type ModuleCall = { symbol: string; path: string; passed: string[] };

/** `module x 'modules/y.bicep' = {... params: {...}}` statements with the parameter names they pass. */
export function bicepModuleCalls(bicep: string): ModuleCall[] {
  return bicep
    .split(/^module /m)
    .slice(1)
    .map((block) => {
      const head = /^(\w+) '([^']+)'/.exec(block);
      const body = block.split(/^}/m)[0] ?? "";
      const passed = [...body.matchAll(/^ {4}(\w+):/gm)].map((m) => m[1]!);
      return { symbol: head?.[1] ?? "?", path: head?.[2] ?? "?", passed };
    });
}

/** `param` declarations of a Bicep file, and whether each has a default value. */
export function bicepParams(bicep: string): Array<{ name: string; required: boolean }> {
  return [...bicep.matchAll(/^param (\w+) \w+( =)?/gm)].map((m) => ({ name: m[1]!, required: m[2] === undefined }));
}

/** Names `a` has that `b` lacks, the reverse, and duplicates, phrased for a CI log. */
export function listDrift(aLabel: string, a: string[], bLabel: string, b: string[]): string[] {
  const missing = (from: string[], to: string[], fromLabel: string, toLabel: string) =>
    from.filter((name) => !to.includes(name)).map((name) => `${name} is in ${fromLabel} but not in ${toLabel}`);
  const twice = (list: string[], label: string) =>
    list.filter((name, i) => list.indexOf(name) !== i).map((name) => `${name} is listed twice in ${label}`);
  return [...missing(a, b, aLabel, bLabel), ...missing(b, a, bLabel, aLabel), ...twice(a, aLabel), ...twice(b, bLabel)];
}
