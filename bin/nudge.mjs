#!/usr/bin/env node
// The `nudge` CLI. Runs the TypeScript sources through tsx; node:sqlite's experimental notice is
// silenced because it is expected, and every other warning still prints.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) => {
  if (String(warning).includes("SQLite is an experimental feature")) return;
  emitWarning(warning, ...rest);
};
const { register } = await import("tsx/esm/api");
register();
const { main } = await import("../cli/main.ts");
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`nudge: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
