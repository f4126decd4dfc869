// `npm run package [-- --env dev|prod]`: validates, then writes build/appPackage.<env>.zip
// (manifest.json + color.png + outline.png) for the Teams admin center or Outlook sideloading.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseEnvArg } from "./args";
import { buildManifest, repoRoot } from "./pipeline";
import { zipPackage } from "./zip";

const root = repoRoot();
const env = parseEnvArg(process.argv.slice(2)) ?? "local";
const built = await buildManifest(root, env);
if (built.problems.length > 0 || !built.manifest) {
  console.error(`cannot package ${env}: ${built.problems.length} problem(s) (${relative(root, built.envPath)})`);
  for (const problem of built.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const out = join(root, "build", `appPackage.${env}.zip`);
mkdirSync(join(root, "build"), { recursive: true });
writeFileSync(out, await zipPackage(built));
console.log(`wrote ${relative(root, out)} (manifest v${String(built.manifest.manifestVersion)}, env ${env})`);
