// `npm run package [-- --env dev|prod]`: validates, then writes build/appPackage.<env>.zip with
// manifest.json and the two icons at the zip root, ready for the Teams admin center or Outlook sideloading.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import JSZip from "jszip";
import { parseEnvArg } from "./args";
import { buildManifest, repoRoot } from "./pipeline";

// A fixed timestamp keeps the zip byte-identical for identical inputs.
const FIXED_DATE = new Date("2024-01-01T00:00:00Z");

const root = repoRoot();
const env = parseEnvArg(process.argv.slice(2)) ?? "local";
const built = await buildManifest(root, env);
if (built.problems.length > 0 || !built.manifest) {
  console.error(`cannot package ${env}: ${built.problems.length} problem(s) (${relative(root, built.envPath)})`);
  for (const problem of built.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const zip = new JSZip();
zip.file("manifest.json", `${JSON.stringify(built.manifest, null, 2)}\n`, { date: FIXED_DATE });
for (const [name, bytes] of Object.entries(built.iconFiles)) if (bytes) zip.file(name, bytes, { date: FIXED_DATE });
const out = join(root, "build", `appPackage.${env}.zip`);
mkdirSync(join(root, "build"), { recursive: true });
writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
console.log(`wrote ${relative(root, out)} (manifest v${String(built.manifest.manifestVersion)}, env ${env})`);
