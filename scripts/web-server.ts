/**
 * Serves the browser apps on https://localhost:3000 with webpack-dev-server: a self-signed
 * certificate for localhost (made once under `.certs/`), office.js from the npm copy for the
 * preview, and `/api` proxied to the local Functions host so pages call the API same-origin.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
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

export async function startWebServer(options: {
  port: number;
  apiTarget: string;
}): Promise<{ url: string; close(): Promise<void> }> {
  const tls = await devCertificate(".certs");
  const officeDir = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  const config = makeConfig({}, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      port: options.port,
      host: "localhost",
      server: { type: "https", options: tls },
      hot: false,
      liveReload: false,
      client: false,
      static: [{ directory: officeDir, publicPath: "/office", watch: false }],
      proxy: [{ context: ["/api"], target: options.apiTarget, changeOrigin: true }],
      devMiddleware: { stats: "errors-warnings" },
    },
    compiler,
  );
  await server.start();
  return { url: `https://localhost:${options.port}`, close: () => server.stop() };
}
