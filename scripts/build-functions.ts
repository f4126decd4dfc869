/**
 * Builds the Functions app for Azure: one ESM bundle at dist/functions/index.js (package.json
 * `main`), with npm packages left external so the deployment's node_modules provides them.
 */
import { build } from "esbuild";

const result = await build({
  entryPoints: ["functions/index.ts"],
  outfile: "dist/functions/index.js",
  bundle: true,
  platform: "node",
  target: "node22",
  format: "esm",
  packages: "external",
  sourcemap: true,
  metafile: true,
  logLevel: "warning",
});
const bytes = Object.values(result.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
console.log(`dist/functions/index.js built (${(bytes / 1024).toFixed(0)} KiB with source map)`);
