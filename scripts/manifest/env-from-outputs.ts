// Writes manifest/env/.env.<env> from the Bicep deployment outputs, keeping the env's TEAMS_APP_ID
// (created once, then stable: Teams and Outlook identify the app by it).
// Usage: az deployment group show -g <rg> -n main --query properties.outputs > outputs.<env>.json
//        tsx scripts/manifest/env-from-outputs.ts --env dev --outputs outputs.dev.json
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseEnvArg } from "./args";
import { type EnvName, parseDotenv } from "./env";
import { repoRoot } from "./pipeline";

/** infra/main.bicep outputs these under the manifest's own variable names (checked by infra/infra.test.ts). */
export const ENV_OUTPUTS = ["TAB_DOMAIN", "AAD_APP_CLIENT_ID", "BOT_ID"] as const;

const SUFFIX: Record<EnvName, string> = { local: " (local)", dev: " (dev)", prod: "" };

export function envFileFromOutputs(
  env: EnvName,
  outputs: Record<string, { value?: unknown } | undefined>,
  existing: Record<string, string>,
  newId: () => string = randomUUID,
): string {
  const lines = [
    `# Generated from the infra deployment outputs for "${env}". Safe to edit; re-running keeps TEAMS_APP_ID.`,
  ];
  lines.push(`TEAMS_APP_ID=${existing.TEAMS_APP_ID ?? newId()}`);
  for (const name of ENV_OUTPUTS) {
    const value = outputs[name]?.value;
    if (typeof value !== "string" || value === "") throw new Error(`deployment output ${name} is missing`);
    lines.push(`${name}=${value}`);
  }
  lines.push(`APP_NAME_SUFFIX="${existing.APP_NAME_SUFFIX ?? SUFFIX[env]}"`);
  return `${lines.join("\n")}\n`;
}

if (process.argv[1]?.endsWith("env-from-outputs.ts")) {
  const argv = process.argv.slice(2);
  const env = parseEnvArg(argv);
  const outputsPath = argv[argv.indexOf("--outputs") + 1];
  if (!env || !argv.includes("--outputs") || !outputsPath) {
    console.error("usage: tsx scripts/manifest/env-from-outputs.ts --env dev|prod --outputs outputs.json");
    process.exit(2);
  }
  const root = repoRoot();
  const target = join(root, "manifest/env", `.env.${env}`);
  const existing = existsSync(target) ? parseDotenv(readFileSync(target, "utf8")) : {};
  const outputs = JSON.parse(readFileSync(outputsPath, "utf8")) as Record<string, { value?: unknown }>;
  writeFileSync(target, envFileFromOutputs(env, outputs, existing));
  console.log(`wrote ${relative(root, target)}; next: npm run validate:manifest`);
}
