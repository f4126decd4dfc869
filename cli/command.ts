/** The shape every `nudge` sub-command has, and the few helpers they share. */
import type { Store } from "../core/ports/store.port";
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
