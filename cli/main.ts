/**
 * `npx nudge <command>`: import history, seed the demo firm, print aging, mint development tokens,
 * train and backtest the model, run the follow-up sequences.
 */
import { parseArgs } from "node:util";
import type { Store } from "../core/ports/store.port";
import { openStore } from "../adapters/open-store";
import { type CliContext, type Command, UsageError } from "./command";
import { COMMANDS } from "./commands/index";
import { loadCliConfig } from "./config";

function findCommand(argv: string[]): { command: Command | undefined; rest: string[] } {
  // Two-word commands (`model train`) first, then one-word ones.
  const two = COMMANDS.find((c) => c.name === `${argv[0]} ${argv[1]}`);
  if (two) return { command: two, rest: argv.slice(2) };
  return { command: COMMANDS.find((c) => c.name === argv[0]), rest: argv.slice(1) };
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: nudge <command> [options]",
    "",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `nudge <command> --help` for a command's options.",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const io = {
    out: (t: string) => process.stdout.write(`${t}\n`),
    err: (t: string) => process.stderr.write(`${t}\n`),
    today: () => new Date().toISOString().slice(0, 10),
  };
  const { command, rest } = findCommand(argv);
  if (!command) {
    if (argv.length && !["help", "--help", "-h"].includes(argv[0]!))
      io.err(`nudge: unknown command "${argv.join(" ")}"`);
    io.out(help());
    return argv.length && !["help", "--help", "-h"].includes(argv[0]!) ? 2 : 0;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`Usage: nudge ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  let store: Promise<Store> | undefined;
  try {
    const config = loadCliConfig();
    const ctx: CliContext = { io, config, store: () => (store ??= openStore(config.store)) };
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`nudge ${command.name}: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  } finally {
    if (store) await (await store).close();
  }
}

export { parseArgs };
