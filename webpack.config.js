// Bundles the browser apps: the Outlook task pane (with its standalone preview) and the managers'
// dashboard tab. esbuild-loader transpiles TypeScript (TypeScript 7 breaks ts-loader; `tsc` type-checks
// separately) and minifies. Each page is listed once in PAGES; a page whose entry does not exist yet
// is skipped so the build never depends on unfinished work.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EsbuildPlugin } from "esbuild-loader";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";

const root = dirname(fileURLToPath(import.meta.url));

/** name → { entry, title, officeJs: load office.js before the bundle } */
export const PAGES = {
  taskpane: { entry: "addin/src/taskpane/index.tsx", title: "Nudge", officeJs: "cdn" },
  preview: { entry: "addin/src/preview/index.tsx", title: "Nudge — task pane preview", officeJs: "local" },
  dashboard: { entry: "tab/src/index.tsx", title: "Nudge — collections dashboard", officeJs: "none" },
};

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Files the manifest links to on the pages' host (ribbon icons, privacy and terms pages), emitted as they are. */
class StaticFilesPlugin {
  constructor(dir) {
    this.dir = dir;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("StaticFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "StaticFilesPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const walk = (dir, prefix) => {
            for (const entry of readdirSync(dir, { withFileTypes: true })) {
              const path = resolve(dir, entry.name);
              if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
              else compilation.emitAsset(`${prefix}${entry.name}`, new webpack.sources.RawSource(readFileSync(path)));
            }
          };
          walk(this.dir, "");
        },
      );
    });
  }
}

export default (_env = {}, argv = {}) => {
  const production = argv.mode === "production";
  // The preview (mock mailbox, development sign-in) is a local tool: a production build leaves it out
  // unless asked for (NUDGE_BUILD_PREVIEW=1), so it can never be uploaded with the deployed pages.
  const wanted = ([name]) => !production || name !== "preview" || process.env.NUDGE_BUILD_PREVIEW === "1";
  const pages = Object.entries(PAGES).filter((page) => wanted(page) && existsSync(resolve(root, page[1].entry)));
  return {
    mode: production ? "production" : "development",
    // Production source maps only on request (NUDGE_SOURCE_MAPS=1) and never referenced from the
    // bundles: the deploy step uploads dist/web as it is, and public maps would publish the source.
    devtool: production
      ? process.env.NUDGE_SOURCE_MAPS === "1"
        ? "hidden-source-map"
        : false
      : "eval-cheap-module-source-map",
    entry: Object.fromEntries(pages.map(([name, p]) => [name, resolve(root, p.entry)])),
    output: { path: resolve(root, "dist/web"), filename: "[name].[contenthash:8].js", clean: true, publicPath: "/" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2022", jsx: "automatic" },
        },
      ],
    },
    optimization: { minimizer: [new EsbuildPlugin({ target: "es2022", css: true })], splitChunks: { chunks: "all" } },
    performance: { hints: false },
    plugins: [
      new StaticFilesPlugin(resolve(root, "manifest/static")),
      // The production sign-in app id comes from the deployment's env (AAD_APP_CLIENT_ID), never from the repo.
      new webpack.DefinePlugin({ __NUDGE_AAD_CLIENT_ID__: JSON.stringify(process.env.AAD_APP_CLIENT_ID ?? "") }),
      ...pages.map(
        ([name, p]) =>
          new HtmlWebpackPlugin({
            filename: `${name}.html`,
            chunks: [name],
            title: p.title,
            template: resolve(root, "addin/page.html"),
            templateParameters: {
              officeJs: p.officeJs === "cdn" ? OFFICE_CDN : p.officeJs === "local" ? "/office/office.js" : "",
              devEval: production ? "" : " 'unsafe-eval'",
            },
          }),
      ),
    ],
  };
};
