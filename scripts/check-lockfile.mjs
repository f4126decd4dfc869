#!/usr/bin/env node
/**
 * `npm ci` refuses a lockfile that lacks an entry for any optional dependency, even one for another
 * platform. `npm install` against a registry mirror that lacks some platform binaries quietly leaves
 * those entries out, and CI then fails on a clean clone. This check catches that before a commit:
 * every optional dependency named in package-lock.json must have its own entry.
 */
import { readFileSync } from "node:fs";

const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));
const packages = lock.packages ?? {};
const missing = [];

/** npm's resolution: the dependency next to the dependent first, then each parent folder, then the root. */
function resolves(fromPath, name) {
  let base = fromPath;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf("/node_modules/");
    base = cut < 0 ? "" : base.slice(0, cut);
  }
}

for (const [path, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!resolves(path, name)) missing.push(`${name} (optional dependency of ${path || "the root"})`);
  }
}

if (missing.length) {
  console.error(`package-lock.json lacks ${missing.length} optional dependencies, so \`npm ci\` would fail:`);
  for (const m of missing) console.error(`  ${m}`);
  console.error("Pin the dependent to a version whose platform packages all exist in the registry, then npm install.");
  process.exit(1);
}
console.log(`lockfile: every optional dependency has an entry (${Object.keys(packages).length} packages)`);
