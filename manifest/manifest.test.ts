import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { parseEnvArg } from "../scripts/manifest/args";
import { type CheckContext, consistencyProblems } from "../scripts/manifest/checks";
import { ENVS, parseDotenv } from "../scripts/manifest/env";
import { envFileFromOutputs } from "../scripts/manifest/env-from-outputs";
import { colorIcon, outlineIcon } from "../scripts/manifest/make-icons";
import { buildManifest, repoRoot } from "../scripts/manifest/pipeline";
import { encodePng, isWhiteOnTransparent, pngSize } from "../scripts/manifest/png";
import { renderTemplate } from "../scripts/manifest/render";
import { zipPackage } from "../scripts/manifest/zip";

const root = repoRoot();
// Rendered manifests are plain JSON; the assertions walk them freely.
// biome-ignore lint/suspicious/noExplicitAny: JSON navigated in assertions only
type Json = Record<string, any>;
/** "${{name}}", spelled so the lint does not mistake it for a forgotten template string. */
const ph = (name: string): string => "$" + `{{${name}}}`;

describe("manifest for every environment", () => {
  for (const env of ENVS) {
    it(`${env}: renders, is schema-valid offline and consistent with infra`, async () => {
      const built = await buildManifest(root, env);
      expect(built.problems).toEqual([]);
      expect(built.manifest?.manifestVersion).toBe("1.30");
      const text = JSON.stringify(built.manifest);
      expect(text).not.toContain(ph("").slice(0, 3));
    });
  }

  it("declares Outlook read + compose, the bot commands, both tabs and SSO", async () => {
    const m = (await buildManifest(root, "local")).manifest as Json;
    const ext = m.extensions[0];
    expect(ext.requirements.scopes).toEqual(["mail"]);
    expect(ext.runtimes[0].code.page).toBe("https://localhost:3000/taskpane.html");
    expect(ext.ribbons.flatMap((r: { contexts: string[] }) => r.contexts)).toEqual(["mailRead", "mailCompose"]);
    expect(m.bots[0].scopes).toEqual(["personal", "team"]);
    expect(m.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual([
      "status",
      "my approvals",
      "help",
    ]);
    expect(m.staticTabs[0].contentUrl).toBe("https://localhost:3000/dashboard.html");
    expect(m.configurableTabs[0].scopes).toEqual(["team"]);
    expect(m.webApplicationInfo).toMatchObject({
      id: "00000000-0000-0000-0000-000000000002",
      resource: "api://localhost:3000/00000000-0000-0000-0000-000000000002",
    });
  });

  it("hard-codes no id or domain in the template", () => {
    const template = readFileSync(join(root, "manifest/manifest.template.json"), "utf8");
    expect(template.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)).toBeNull();
    expect(template).not.toMatch(/localhost|windows\.net/);
  });
});

describe("a broken manifest fails with a clear message", () => {
  const good = async () => {
    const built = await buildManifest(root, "local");
    const context: CheckContext = {
      botAppId: "00000000-0000-0000-0000-000000000003",
      messagingRoute: "/api/messages",
      iconFiles: built.iconFiles,
    };
    return { manifest: structuredClone(built.manifest) as Json, context };
  };

  it("the untouched manifest has no problems (so the cases below fail for their own reason)", async () => {
    const { manifest, context } = await good();
    expect(consistencyProblems(manifest, context)).toEqual([]);
  });

  it("missing bot id", async () => {
    const { manifest, context } = await good();
    delete manifest.bots[0].botId;
    expect(consistencyProblems(manifest, context)).toContain(
      'bots[0].botId is missing (infra botAppId is "00000000-0000-0000-0000-000000000003")',
    );
  });

  it("bot id differing from the infra parameter", async () => {
    const { manifest, context } = await good();
    const problems = consistencyProblems(manifest, { ...context, botAppId: "11111111-1111-1111-1111-111111111111" });
    expect(problems.join("\n")).toMatch(/bots\[0\]\.botId .* differs from infra botAppId "11111111-/);
  });

  it("URL outside validDomains", async () => {
    const { manifest, context } = await good();
    manifest.staticTabs[0].contentUrl = "https://evil.example.com/dashboard.html";
    expect(consistencyProblems(manifest, context)).toContain(
      'staticTabs[0].contentUrl: host "evil.example.com" of https://evil.example.com/dashboard.html is not in validDomains [localhost:3000]',
    );
  });

  it("plain http, bad semver, wrong icon size, missing compose surface, wrong bot route", async () => {
    const { manifest, context } = await good();
    manifest.extensions[0].runtimes[0].code.page = "http://localhost:3000/taskpane.html";
    manifest.version = "1.0";
    manifest.extensions[0].ribbons.pop();
    const iconFiles = { ...context.iconFiles, "color.png": encodePng(64, 64, new Uint8Array(64 * 64 * 4)) };
    const problems = consistencyProblems(manifest, { ...context, iconFiles, messagingRoute: "/api/bot" });
    expect(problems).toEqual(
      expect.arrayContaining([
        'extensions[0].runtimes[0].code.page: "http://localhost:3000/taskpane.html" must use https',
        'version "1.0" is not semver MAJOR.MINOR.PATCH',
        'icons.color: "color.png" is 64x64, expected 192x192',
        "extensions[0].ribbons: no ribbon for the mailCompose surface",
        'infra bot messaging endpoint route is "/api/bot", expected /api/messages',
      ]),
    );
  });

  it("an unfilled placeholder is named", () => {
    const result = renderTemplate(`{"id":"${ph("TEAMS_APP_ID")}","x":"${ph("BOT-ID")}"}`, {});
    expect(result).toEqual({ ok: false, missing: [ph("BOT-ID"), "TEAMS_APP_ID"] });
  });

  it("values are inserted as JSON string content", () => {
    const result = renderTemplate(`{"name":"Nudge${ph("S")}"}`, { S: ' "q" \\' });
    expect(result).toEqual({ ok: true, manifest: { name: 'Nudge "q" \\' } });
  });
});

describe("package and icons", () => {
  it("zips manifest.json and both icons at the root", async () => {
    const zip = await JSZip.loadAsync(await zipPackage(await buildManifest(root, "prod")));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string"));
    expect(manifest.name.short).toBe("Nudge");
    expect(pngSize(await zip.file("outline.png")!.async("uint8array"))).toEqual({ width: 32, height: 32 });
  });

  it("committed icons are the generator's output; the outline is white on transparent", () => {
    const committed = (file: string) => readFileSync(join(root, "manifest/icons", file));
    expect(committed("color.png").equals(encodePng(192, 192, colorIcon(192)))).toBe(true);
    expect(committed("outline.png").equals(encodePng(32, 32, outlineIcon(32)))).toBe(true);
    expect(isWhiteOnTransparent(outlineIcon(32))).toBe(true);
    expect(isWhiteOnTransparent(colorIcon(32))).toBe(false);
  });
});

describe("env files and arguments", () => {
  it("parses dotenv lines, comments and quoted values", () => {
    expect(parseDotenv('# c\nA=1\n\nB=" x "\nC=\n')).toEqual({ A: "1", B: " x ", C: "" });
    expect(() => parseDotenv("not a pair")).toThrow('line 1: expected KEY=value, got "not a pair"');
  });

  it("writes the env file from deployment outputs and keeps the Teams app id", () => {
    const outputs = {
      TAB_DOMAIN: { value: "stweb.z6.web.core.windows.net" },
      AAD_APP_CLIENT_ID: { value: "a" },
      BOT_ID: { value: "b" },
    };
    const text = envFileFromOutputs("prod", outputs, { TEAMS_APP_ID: "keep-me" }, () => "new");
    expect(parseDotenv(text)).toEqual({
      TEAMS_APP_ID: "keep-me",
      TAB_DOMAIN: "stweb.z6.web.core.windows.net",
      AAD_APP_CLIENT_ID: "a",
      BOT_ID: "b",
      APP_NAME_SUFFIX: "",
    });
    expect(() => envFileFromOutputs("dev", { TAB_DOMAIN: { value: "x" } }, {})).toThrow(
      "deployment output AAD_APP_CLIENT_ID is missing",
    );
  });

  it("reads --env in both spellings and rejects unknown environments", () => {
    expect(parseEnvArg(["--env", "prod"])).toBe("prod");
    expect(parseEnvArg(["--env=dev"])).toBe("dev");
    expect(parseEnvArg([])).toBeUndefined();
    expect(() => parseEnvArg(["--env", "staging"])).toThrow('--env must be one of local, dev, prod, got "staging"');
  });
});
