// Template + env file + infra facts -> a rendered manifest and every problem found with it.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { consistencyProblems } from "./checks";
import { type EnvName, loadEnv } from "./env";
import { bicepBotMessagingRoute, readBicep, readParameters } from "./infra-facts";
import { renderTemplate } from "./render";

export const TEMPLATE = "manifest/manifest.template.json";
const ICON_DIR = "manifest/icons";
const MIN_MANIFEST_VERSION = 1.24;

export type Built = {
  env: EnvName;
  envPath: string;
  manifest: Record<string, unknown> | undefined;
  /** files that go next to manifest.json in the package */
  iconFiles: Record<string, Uint8Array | undefined>;
  problems: string[];
};

/** The bundled schema file for the manifest's $schema, or a problem (validation must stay offline). */
function bundledSchemaProblem(m: Record<string, unknown>): string | undefined {
  const version = String(m.manifestVersion);
  if (!(Number(version) >= MIN_MANIFEST_VERSION)) return `manifestVersion ${version} is older than 1.24`;
  const expected = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  if (m.$schema !== expected) return `$schema must be ${expected} (the bundled copy is used offline)`;
  const pkg = dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json"));
  const local = join(pkg, "build/json-schemas/teams", `v${version}`, "MicrosoftTeams.schema.json");
  if (!existsSync(local))
    return `schema v${version} is not bundled with @microsoft/app-manifest: validation would go online`;
  return undefined;
}

function readIcons(root: string, m: Record<string, unknown>): Record<string, Uint8Array | undefined> {
  const icons = Object.values((m.icons ?? {}) as Record<string, string>);
  return Object.fromEntries(
    icons.map((file) => {
      const path = join(root, ICON_DIR, file);
      return [file, existsSync(path) ? readFileSync(path) : undefined];
    }),
  );
}

export async function buildManifest(root: string, env: EnvName): Promise<Built> {
  const { path: envPath, values } = loadEnv(root, env);
  const rendered = renderTemplate(readFileSync(join(root, TEMPLATE), "utf8"), values);
  if (!rendered.ok) {
    const file = relative(root, envPath);
    const problems = rendered.missing.map((name) => `placeholder \${{${name}}} has no value in ${file}`);
    return { env, envPath, manifest: undefined, iconFiles: {}, problems };
  }
  const manifest = rendered.manifest;
  const iconFiles = readIcons(root, manifest);
  const offline = bundledSchemaProblem(manifest);
  const schemaErrors = offline
    ? [offline]
    : (await AppManifestUtils.validateAgainstSchema(manifest as never)).map((e) => `schema: ${e}`);
  const bicep = readBicep(root);
  const context = {
    botAppId: readParameters(root, env).botAppId,
    messagingRoute: bicepBotMessagingRoute(bicep),
    iconFiles,
  };
  return { env, envPath, manifest, iconFiles, problems: [...schemaErrors, ...consistencyProblems(manifest, context)] };
}

/** Repository root: two levels above scripts/manifest/. */
export const repoRoot = (): string => join(dirname(fileURLToPath(import.meta.url)), "../..");
