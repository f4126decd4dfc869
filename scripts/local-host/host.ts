/**
 * A small local Functions host: serves the app's real HTTP registrations under `/api` on
 * node:http, and runs timer functions on demand through `POST /admin/functions/{name}`, the same
 * admin route the real host offers for non-HTTP triggers. It replaces Core Tools, which cannot be
 * installed offline; function code runs unchanged.
 *
 * The admin route needs the `x-nudge-admin: 1` header (the real host asks for its master key): a web
 * page the developer visits can send a simple no-cors POST to localhost, but not a custom header
 * without a CORS preflight, which this host never grants.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { captureRegistrations, type Registration } from "./capture-registrations";
import { compileRoutes, matchRoute } from "./route-table";

export interface LocalHost {
  server: Server;
  url: string;
  registrations: Registration[];
  runTimer(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The header `POST /admin/functions/{name}` requires, with the value `1`. */
export const ADMIN_HEADER = "x-nudge-admin";

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startLocalHost(options: { port: number; host?: string; entry: string }): Promise<LocalHost> {
  const registrations = captureRegistrations();
  const sdk = (await import("@azure/functions")) as typeof import("@azure/functions") & {
    default?: typeof import("@azure/functions");
  };
  const functions = sdk.default ?? sdk;
  await import(options.entry);
  const routes = compileRoutes(registrations);
  let invocation = 0;
  const context = (name: string) =>
    new functions.InvocationContext({ invocationId: `local-${++invocation}`, functionName: name });

  async function runTimer(name: string): Promise<void> {
    const reg = registrations.find((r) => r.name === name && r.trigger.type.toLowerCase() === "timertrigger");
    if (!reg) throw new Error(`no timer function named ${name}`);
    await reg.handler({ isPastDue: false, scheduleStatus: { last: "", next: "", lastUpdated: "" } }, context(name));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    const admin = /^\/admin\/functions\/([^/]+)$/.exec(url.pathname);
    if (admin && req.method === "POST") {
      if (req.headers[ADMIN_HEADER] !== "1") {
        res.writeHead(403, { "content-type": "application/problem+json" });
        res.end(JSON.stringify({ title: `Running a timer needs the ${ADMIN_HEADER}: 1 header`, status: 403 }));
        return;
      }
      await runTimer(decodeURIComponent(admin[1]!));
      res.writeHead(202).end();
      return;
    }
    if (!url.pathname.startsWith("/api/")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const match = matchRoute(routes, req.method ?? "GET", url.pathname.slice(5));
    if (match === undefined || match === "method-not-allowed") {
      res.writeHead(match ? 405 : 404, { "content-type": "application/problem+json" });
      res.end(JSON.stringify({ title: match ? "Method not allowed" : "Not found", status: match ? 405 : 404 }));
      return;
    }
    const body = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
    const request = new functions.HttpRequest({
      method: req.method ?? "GET",
      url: url.toString(),
      headers,
      query: Object.fromEntries(url.searchParams),
      params: match.params,
      ...(body.length ? { body: { bytes: new Uint8Array(body) } } : {}),
    });
    const result = await match.registration.handler(request, context(match.registration.name));
    const response =
      result instanceof functions.HttpResponse ? result : new functions.HttpResponse((result ?? {}) as never);
    const out: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      out[key] = value;
    });
    const payload = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, out).end(payload);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(
        `local host: request failed (${(error as Error)?.name ?? "error"})`,
        process.env.NUDGE_DEBUG ? error : "",
      );
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/problem+json" });
      res.end(JSON.stringify({ title: "Internal error", status: 500 }));
    });
  });
  // Loopback only, on both IPv4 and IPv6: "localhost" resolves to either depending on the client.
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const servers = [server];
  if (!options.host) {
    const v6 = createServer(server.listeners("request")[0] as Parameters<typeof createServer>[0]);
    await new Promise<void>((resolve) => {
      v6.once("error", () => resolve());
      v6.listen(port, "::1", () => {
        servers.push(v6);
        resolve();
      });
    });
  }
  return {
    server,
    url: `http://localhost:${port}`,
    registrations,
    runTimer,
    close: () =>
      Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))).then(() => undefined),
  };
}
