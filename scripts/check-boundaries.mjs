#!/usr/bin/env node
// Dependency-boundary check (run by `npm run lint` and CI). The rules keep host SDKs at the edge:
// - core/ is pure domain: no node:*, no @azure/*, no host SDK, no process/fetch, nothing outside core/.
// - botbuilder stays inside bot/ (a move to the Agents SDK must touch one folder).
// - office.js stays inside addin/src/office/; teams-js inside tab/src/host/, loaded lazily (import()).
// - web-shared/ is browser code both pages share: no node:*, office.js or teams-js, and nothing from
//   a page (addin/, tab/) or a Node-side folder — only web-shared/ and core/.
// - adapters/ never import hosts (functions/, bot/, addin/, tab/, cli/).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const SKIP = new Set(["node_modules", "dist", "build", ".data", ".git", "coverage", "test-artifacts"]);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) yield path;
  }
}

const importRe =
  /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;
const HOST_SDKS = [
  /^@azure\//,
  /^botbuilder/,
  /^botframework-/,
  /^@microsoft\/(office-js|teams-js|microsoft-graph-client)/,
  /^openai/,
  /^react/,
  /^@fluentui\//,
  /^jose$/,
  /^pdfkit/,
];

const violations = [];
for (const file of files(root)) {
  const rel = relative(root, file);
  const top = rel.split("/")[0];
  const text = readFileSync(file, "utf8");
  const isTest = /\.test\.tsx?$/.test(rel);
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const target = spec.startsWith(".") ? relative(root, resolve(dirname(file), spec)) : undefined;
    const fail = (why) => violations.push(`${rel}: imports "${spec}" — ${why}`);
    if (top === "core" && !isTest) {
      if (spec.startsWith("node:")) fail("core must run in the browser: no node:* modules");
      else if (HOST_SDKS.some((re) => re.test(spec))) fail("core imports no host SDK");
      else if (target && !target.startsWith("core/")) fail("core depends on nothing outside core/");
    }
    if (/^(botbuilder|botframework-)/.test(spec) && top !== "bot") fail("botbuilder stays inside bot/");
    if (/^@microsoft\/office-js/.test(spec) && !rel.startsWith("addin/src/office/"))
      fail("office.js stays inside addin/src/office/");
    if (/^@microsoft\/teams-js/.test(spec)) {
      if (!rel.startsWith("tab/src/host/")) fail("teams-js stays inside tab/src/host/");
      else if (m[1] !== undefined && !/^import\s+type\s/.test(m[0])) fail("teams-js is loaded lazily with import()");
    }
    if (top === "web-shared") {
      if (spec.startsWith("node:")) fail("web-shared runs in the browser: no node:* modules");
      else if (/^@microsoft\/(office-js|teams-js)/.test(spec))
        fail("web-shared touches neither office.js nor teams-js");
      else if (target && !/^(web-shared|core)\//.test(target)) fail("web-shared imports only web-shared/ and core/");
    }
    if (top === "adapters" && target && /^(functions|bot|addin|tab|cli)\//.test(target))
      fail("adapters never import a host");
  }
  if (top === "web-shared" && /\bOffice\.|\bmicrosoftTeams\./.test(text)) {
    violations.push(`${rel}: web-shared reaches for the Office or Teams global — that stays in the page's host folder`);
  }
  if (top === "core" && !isTest && /\bprocess\.(env|argv|exit)|\bfetch\(/.test(text)) {
    violations.push(`${rel}: core reads process or calls fetch — pass values in through ports`);
  }
}

if (violations.length) {
  console.error(`Dependency boundaries violated (${violations.length}):\n  ${violations.join("\n  ")}`);
  process.exit(1);
}
console.log("dependency boundaries: ok");
