// `npm run validate:manifest`: renders and validates the manifest for every environment, offline.
// Usage: tsx scripts/manifest/validate.ts [--env local|dev|prod]
import { relative } from "node:path";
import { parseEnvArg } from "./args";
import { ENVS } from "./env";
import { buildManifest, repoRoot } from "./pipeline";

const root = repoRoot();
const only = parseEnvArg(process.argv.slice(2));
let failed = false;
for (const env of only ? [only] : ENVS) {
  try {
    const built = await buildManifest(root, env);
    const source = relative(root, built.envPath);
    if (built.problems.length === 0) {
      console.log(`ok   ${env}: manifest v${String(built.manifest?.manifestVersion)} valid (${source})`);
      continue;
    }
    failed = true;
    console.error(`FAIL ${env}: ${built.problems.length} problem(s) (${source})`);
    for (const problem of built.problems) console.error(`     - ${problem}`);
  } catch (error) {
    failed = true;
    console.error(`FAIL ${env}: ${(error as Error).message}`);
  }
}
if (failed) {
  console.error("manifest validation failed");
  process.exit(1);
}
