/**
 * Serves the browser apps on https://localhost:3000 with webpack-dev-server: a self-signed
 * certificate for localhost (made once under `.certs/`), office.js from the npm copy for the
 * preview, and `/api` proxied to the local Functions host so pages call the API same-origin.
 * With a `dataDir`, it also serves the development-only `GET /dev/token?role=…` the task pane
 * preview signs in with (tokens from the development issuer kept in that data folder).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import webpack, { type Configuration } from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { DEV_TENANT_ID, devJwks } from "../adapters/auth/dev-issuer";
import { devTokenFor } from "../adapters/auth/dev-user-token";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import makeConfig from "../webpack.config.js";

const require = createRequire(import.meta.url);

async function devCertificate(dir: string): Promise<{ key: string; cert: string }> {
  const keyFile = join(dir, "localhost.key");
  const certFile = join(dir, "localhost.crt");
  if (!existsSync(keyFile)) {
    const selfsigned = (await import("selfsigned")).default;
    const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
      keySize: 2048,
      days: 825,
      extensions: [
        {
          name: "subjectAltName",
          altNames: [
            { type: 2, value: "localhost" },
            { type: 7, ip: "127.0.0.1" },
          ],
        },
      ],
    } as never);
    mkdirSync(dir, { recursive: true });
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert);
  }
  return { key: readFileSync(keyFile, "utf8"), cert: readFileSync(certFile, "utf8") };
}

type Middleware = (req: { query: Record<string, unknown> }, res: DevResponse) => void;
interface DevResponse {
  status(code: number): DevResponse;
  set(headers: Record<string, string>): DevResponse;
  json(body: unknown): void;
}

/** `GET /dev/token?role=specialist|partner|manager|admin` (or `?email=`) → `{token}`; never cached. */
function devTokenRoute(dataDir: string, tenantId: string): { handler: Middleware; close(): Promise<void> } {
  let store: SqliteStore | undefined;
  const handler: Middleware = (req, res) => {
    const role = typeof req.query.role === "string" ? req.query.role : undefined;
    const email = typeof req.query.email === "string" ? req.query.email : undefined;
    res.set({ "cache-control": "no-store" });
    store ??= SqliteStore.open({ dataDir });
    devTokenFor(store, dataDir, tenantId, email ? { email } : { role: role ?? "specialist" }).then(
      (result) => {
        if (result.ok) res.json({ token: result.token });
        else res.status(result.reason === "BAD_ROLE" ? 400 : 404).json({ code: result.reason, detail: result.message });
      },
      (error: unknown) => {
        console.error(`web server: /dev/token failed (${(error as Error)?.name ?? "error"})`);
        res.status(500).json({ title: "could not sign a development token" });
      },
    );
  };
  return { handler, close: async () => store?.close() };
}

/** Keeps the named pages only: a test builds what it opens, and another app's work in progress cannot break it. */
function onlyPages(config: Configuration, pages: string[] | undefined): Configuration {
  if (!pages) return config;
  const entry = Object.fromEntries(
    Object.entries(config.entry as Record<string, string>).filter(([n]) => pages.includes(n)),
  );
  const plugins = (config.plugins ?? []).filter((plugin) => {
    const filename = (plugin as { userOptions?: { filename?: unknown } }).userOptions?.filename;
    return typeof filename !== "string" || pages.includes(filename.replace(/\.html$/, ""));
  });
  return { ...config, entry, plugins };
}

export async function startWebServer(options: {
  port: number;
  apiTarget: string;
  /** The local data folder: enables `/dev/token` (development issuer). Omit to serve no tokens. */
  dataDir?: string;
  tenantId?: string;
  /** Build only these pages of webpack.config.js (e.g. `["preview"]`); default all. */
  pages?: string[];
}): Promise<{ url: string; close(): Promise<void> }> {
  const tls = await devCertificate(".certs");
  // Create the development issuer's key now, not on the first token request: the Functions host
  // loads it once, and two first-time creators racing would each write a different key.
  if (options.dataDir) await devJwks(options.dataDir);
  const tokens = options.dataDir ? devTokenRoute(options.dataDir, options.tenantId ?? DEV_TENANT_ID) : undefined;
  const officeDir = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  const config = onlyPages(makeConfig({}, { mode: "development" }), options.pages);
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      port: options.port,
      host: "localhost",
      server: { type: "https", options: tls },
      hot: false,
      // Loopback gains nothing from gzip, and compressing megabytes of development bundles on every page load
      // cost the one-threaded server about half a second per dashboard visit on a 2-core machine (bench-dashboard).
      compress: false,
      liveReload: false,
      client: false,
      static: [{ directory: officeDir, publicPath: "/office", watch: false }],
      proxy: [{ context: ["/api"], target: options.apiTarget, changeOrigin: true }],
      devMiddleware: { stats: "errors-warnings" },
      setupMiddlewares: (middlewares, devServer) => {
        if (tokens) devServer.app?.get("/dev/token", tokens.handler as never);
        return middlewares;
      },
    },
    compiler,
  );
  await server.start();
  return {
    url: `https://localhost:${options.port}`,
    close: async () => {
      await server.stop();
      await tokens?.close();
    },
  };
}
