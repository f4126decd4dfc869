/** The shape every `nudge` sub-command has, and the few helpers they share. */
import { parseArgs } from "node:util";
import { isIsoDate } from "../core/domain/dates";
import type { Store, TenantStore } from "../core/ports/store.port";
import type { CliConfig } from "./config";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Today, read once at the edge; commands pass it on as `asOf`. */
  today(): string;
}

export interface CliContext {
  io: CliIo;
  config: CliConfig;
  /** Opened lazily: `--help` must not touch the database. */
  store(): Promise<Store>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}

/** Thrown for bad input: printed as one clear line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** `--as-of` names the day a command works as of: today unless given, and always YYYY-MM-DD. */
export function readAsOf(value: string | undefined, io: CliIo): string {
  const asOf = value ?? io.today();
  if (!isIsoDate(asOf)) throw new UsageError("--as-of must be YYYY-MM-DD");
  return asOf;
}

/** The options of a command that works on one day and nothing else: `[--as-of YYYY-MM-DD] [--json]`. */
export function parseDayOptions(args: string[], io: CliIo): { asOf: string; json: boolean } {
  const { values } = parseArgs({ args, options: { "as-of": { type: "string" }, json: { type: "boolean" } } });
  return { asOf: readAsOf(values["as-of"], io), json: values.json ?? false };
}

/**
 * The configured firm's store, for a command that works on its data: a firm with none stops the
 * command with how to fill it (`remedy`) rather than running over nothing.
 */
export async function openFirmWithData(ctx: CliContext, remedy: string): Promise<TenantStore> {
  const store = (await ctx.store()).forTenant(ctx.config.tenantId);
  if (!(await store.getTenant()))
    throw new UsageError(`tenant ${ctx.config.tenantId} has no data: run ${remedy} first`);
  return store;
}
