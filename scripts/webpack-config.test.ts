import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import makeConfig from "../webpack.config.js";

const page = readFileSync(new URL("../addin/page.html", import.meta.url), "utf8");
// The template has two policies: the preview's (npm office.js) and, after `else`, the deployed pages'.
const [previewBranch = "", deployedBranch = ""] = page.split("<% } else { %>");
const csp = (html: string, devEval = "") =>
  (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "").replace("<%= devEval %>", devEval);
const entries = (config: { entry?: unknown }) => Object.keys(config.entry as Record<string, string>);

describe("browser pages", () => {
  it("deployed pages carry a policy that allows scripts only from the site and office.js's CDN", () => {
    expect(deployedBranch).toContain("<% } %>");
    const policy = csp(deployedBranch);
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(csp(deployedBranch, " 'unsafe-eval'")).toContain("appsforoffice.microsoft.com 'unsafe-eval';");
  });

  it("the preview's policy keeps the page on this machine", () => {
    expect(previewBranch).toContain('<% if (officeJs === "/office/office.js") { %>');
    const policy = csp(previewBranch);
    expect(policy).toContain("connect-src 'self';");
    expect(policy).not.toContain("https:");
  });

  it("a production build leaves out the preview and public source maps", () => {
    const saved = { preview: process.env.NUDGE_BUILD_PREVIEW, maps: process.env.NUDGE_SOURCE_MAPS };
    delete process.env.NUDGE_BUILD_PREVIEW;
    delete process.env.NUDGE_SOURCE_MAPS;
    try {
      const production = makeConfig({}, { mode: "production" });
      expect(entries(production)).toEqual(["taskpane", "dashboard"]);
      expect(production.devtool).toBe(false);
      const html = production.plugins?.find((p) => p?.constructor.name === "HtmlWebpackPlugin") as unknown as {
        userOptions: { templateParameters: { devEval: string } };
      };
      expect(html.userOptions.templateParameters.devEval).toBe("");
      process.env.NUDGE_SOURCE_MAPS = "1";
      expect(makeConfig({}, { mode: "production" }).devtool).toBe("hidden-source-map");
      const development = makeConfig({}, { mode: "development" });
      expect(entries(development)).toEqual(["taskpane", "preview", "dashboard"]);
    } finally {
      if (saved.preview === undefined) delete process.env.NUDGE_BUILD_PREVIEW;
      else process.env.NUDGE_BUILD_PREVIEW = saved.preview;
      if (saved.maps === undefined) delete process.env.NUDGE_SOURCE_MAPS;
      else process.env.NUDGE_SOURCE_MAPS = saved.maps;
    }
  });
});
