// `--env prod` / `--env=prod` for the manifest scripts (npm passes them after `--`).
import { type EnvName, ENVS, isEnvName } from "./env";

export function parseEnvArg(argv: string[]): EnvName | undefined {
  const index = argv.findIndex((a) => a === "--env" || a.startsWith("--env="));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
  if (value === undefined || !isEnvName(value)) {
    throw new Error(`--env must be one of ${ENVS.join(", ")}, got "${value ?? ""}"`);
  }
  return value;
}
