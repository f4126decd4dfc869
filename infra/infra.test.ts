// Offline checks of the Bicep (no Bicep compiler can be installed here): the app settings, Cosmos layout,
// bot route and module wiring must agree with the JSON sources of truth the code imports.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bicepAppSettingNames,
  bicepBotMessagingRoute,
  bicepCosmosContainers,
  bicepModuleCalls,
  bicepParams,
  bicepStringVar,
  listDrift,
  readBicep,
  readParameters,
} from "../scripts/manifest/infra-facts";
import { repoRoot } from "../scripts/manifest/pipeline";

const root = repoRoot();
const main = readBicep(root);
const json = <T>(file: string): T => JSON.parse(readFileSync(join(root, "infra", file), "utf8")) as T;
type AppSettings = { settings: Array<{ name: string; readBy: string }>; notDeployed: Array<{ name: string }> };
const { settings, notDeployed: skipped } = json<AppSettings>("app-settings.json");
const settingNames = settings.map((s) => s.name);
const notDeployed = skipped.map((s) => s.name);
type Layout = {
  database: string;
  containers: Array<{ name: string; partitionKeyPaths: string[]; kind?: string; excludedIndexPaths: string[] }>;
};
const layout = json<Layout>("cosmos-layout.json");

describe("Function App settings: one list", () => {
  it("main.bicep sets exactly the names in infra/app-settings.json", () => {
    expect(
      listDrift("infra/app-settings.json", settingNames, "main.bicep appSettings", bicepAppSettingNames(main)),
    ).toEqual([]);
  });

  it("reports a drifted setting by name (the check above can fail)", () => {
    const drifted = main.replace(/^ {2}COSMOS_DATABASE:.*\n/m, "  COSMOS_DB_NAME: 'nudge'\n");
    expect(
      listDrift("infra/app-settings.json", settingNames, "main.bicep appSettings", bicepAppSettingNames(drifted)),
    ).toEqual([
      "COSMOS_DATABASE is in infra/app-settings.json but not in main.bicep appSettings",
      "COSMOS_DB_NAME is in main.bicep appSettings but not in infra/app-settings.json",
    ]);
  });

  it("the Function App module adds no setting of its own and runs Node 22 without FUNCTIONS_WORKER_RUNTIME", () => {
    const app = readBicep(root, "modules/function-app.bicep");
    const block = app.slice(app.indexOf("appSettings: ["), app.indexOf("]", app.indexOf("appSettings: [")));
    expect(block).toContain("for setting in presentSettings");
    expect(app).toContain("var presentSettings = filter(items(appSettings), setting => !empty(setting.value))");
    expect(block).not.toMatch(/name: '/);
    expect(app).toMatch(/runtime: \{\s*name: 'node'\s*version: '22'/);
    expect(settingNames).not.toContain("FUNCTIONS_WORKER_RUNTIME"); // Flex Consumption rejects it
  });

  it("every setting functions/config.ts reads is deployed (readBy app) or listed as notDeployed", () => {
    const config = readFileSync(join(root, "functions/config.ts"), "utf8");
    const read = configSchemaKeys(config);
    expect(read.length, "no keys found in `const schema = z.object({` of functions/config.ts").toBeGreaterThan(5);
    const classified = [...settings.filter((s) => s.readBy === "app").map((s) => s.name), ...notDeployed];
    expect(listDrift("functions/config.ts", read, "infra/app-settings.json (app + notDeployed)", classified)).toEqual(
      [],
    );
  });
});

/** Keys of `const schema = z.object({ ... });` at two-space indent: the settings config.ts parses. */
function configSchemaKeys(text: string): string[] {
  const start = text.indexOf("const schema = z.object({");
  const body = text.slice(start, text.indexOf("\n});", start));
  return start < 0 ? [] : [...body.matchAll(/^ {2}([A-Za-z_][A-Za-z0-9_]*):/gm)].map((m) => m[1]!);
}

describe("Cosmos DB layout", () => {
  const containers = bicepCosmosContainers(readBicep(root, "modules/cosmos.bicep"));

  it("containers and partition keys in Bicep equal infra/cosmos-layout.json", () => {
    const expected = layout.containers.map((c) => ({
      name: c.name,
      partitionKeyPaths: c.partitionKeyPaths,
      kind: c.kind ?? "Hash",
    }));
    expect(containers).toEqual(expected);
    expect(bicepStringVar(main, "cosmosDatabaseName")).toBe(layout.database);
  });

  it("large text paths are excluded from indexing as the layout says", () => {
    const cosmos = readBicep(root, "modules/cosmos.bicep");
    for (const c of layout.containers) {
      const block = cosmos.slice(cosmos.indexOf(`id: '${c.name}'`));
      const excluded = block.slice(block.indexOf("excludedPaths"), block.indexOf("]", block.indexOf("excludedPaths")));
      expect(
        [...excluded.matchAll(/path: '([^']+)'/g)].map((m) => m[1]),
        c.name,
      ).toEqual(c.excludedIndexPaths);
    }
  });
});

describe("bot", () => {
  it("messaging endpoint is the Function App's /api/messages route", () => {
    expect(bicepBotMessagingRoute(main)).toBe("/api/messages");
    expect(main).toMatch(/messagingEndpoint: botMessagingEndpoint/);
    expect(readBicep(root, "modules/bot.bicep")).toMatch(/endpoint: messagingEndpoint/);
  });
});

describe("wiring that the Bicep compiler would check", () => {
  const calls = bicepModuleCalls(main);

  it("every module exists, gets all its required params and no unknown ones", () => {
    expect(calls.length).toBeGreaterThan(5);
    for (const call of calls) {
      const path = join(root, "infra", call.path);
      expect(existsSync(path), call.path).toBe(true);
      const params = bicepParams(readFileSync(path, "utf8"));
      const required = params.filter((p) => p.required).map((p) => p.name);
      expect(
        call.passed.filter((name) => !params.some((p) => p.name === name)),
        `${call.path}: unknown`,
      ).toEqual([]);
      expect(
        required.filter((name) => !call.passed.includes(name)),
        `${call.path}: missing`,
      ).toEqual([]);
    }
  });

  it("every module file is used", () => {
    const used = calls.map((c) => c.path);
    for (const file of readdirSync(join(root, "infra/modules"))) expect(used).toContain(`modules/${file}`);
  });

  it("parameter files name only declared params and give every required one", () => {
    const declared = bicepParams(main);
    for (const env of ["local", "dev", "prod"]) {
      const given = Object.keys(readParameters(root, env));
      expect(
        given.filter((name) => !declared.some((p) => p.name === name)),
        env,
      ).toEqual([]);
      const missing = declared.filter((p) => p.required && !given.includes(p.name)).map((p) => p.name);
      expect(missing, env).toEqual([]);
      expect(readParameters(root, env).environmentName).toBe(env);
    }
  });

  it("outputs the values the manifest env files need", () => {
    for (const name of ["TAB_DOMAIN", "AAD_APP_CLIENT_ID", "BOT_ID"])
      expect(main).toMatch(new RegExp(`^output ${name} string`, "m"));
  });
});
