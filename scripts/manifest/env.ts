// Reads the per-environment values that fill the manifest template's ${{NAME}} placeholders.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const ENVS = ["local", "dev", "prod"] as const;
export type EnvName = (typeof ENVS)[number];

export function isEnvName(value: string): value is EnvName {
  return (ENVS as readonly string[]).includes(value);
}

/** Parses KEY=value lines; `#` comments and blank lines are skipped; "quoted" values keep their spaces. */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(trimmed);
    if (!match) throw new Error(`line ${index + 1}: expected KEY=value, got "${trimmed}"`);
    const raw = match[2]!;
    const quoted = /^"(.*)"$/.exec(raw) ?? /^'(.*)'$/.exec(raw);
    values[match[1]!] = quoted ? quoted[1]! : raw;
  });
  return values;
}

/**
 * The env file for an environment: `manifest/env/.env.<env>` when present, otherwise the committed
 * `.env.<env>.example` (dev/prod), so CI validates the templates before any real deployment exists.
 */
export function envFilePath(root: string, env: EnvName): string {
  const real = join(root, "manifest/env", `.env.${env}`);
  if (existsSync(real)) return real;
  const example = `${real}.example`;
  if (existsSync(example)) return example;
  throw new Error(`no env file for "${env}": create manifest/env/.env.${env} (see docs/deploy.md)`);
}

export function loadEnv(root: string, env: EnvName): { path: string; values: Record<string, string> } {
  const path = envFilePath(root, env);
  try {
    return { path, values: parseDotenv(readFileSync(path, "utf8")) };
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}
