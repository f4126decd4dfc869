/**
 * A Teams-like harness for local demos: `npx tsx bot/harness/serve.ts` (with `npm start` running)
 * then open http://localhost:3978. It plays the Teams channel and the Bot Connector at once: the page
 * sends activities through it to the local Functions host's /api/messages with this server as the
 * loopback `serviceUrl`, and the bot's replies, proactive cards and card updates land in its inbox,
 * which the page renders with the official Adaptive Cards renderer. Local use only (loopback).
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { signDevToken } from "../../adapters/auth/dev-issuer";
import { DEMO_TENANT_ID, DEMO_USERS } from "../../core/demo/demo-people";

const PORT = Number(process.env.HARNESS_PORT ?? 3978);
const API = process.env.NUDGE_API ?? "http://127.0.0.1:7071/api";
const DATA_DIR = process.env.NUDGE_DATA_DIR ?? ".data";
const here = fileURLToPath(new URL(".", import.meta.url));
const require = createRequire(import.meta.url);
const STATIC: Record<string, [string, string]> = {
  "/": [join(here, "index.html"), "text/html"],
  "/harness.js": [join(here, "harness.js"), "text/javascript"],
  "/adaptivecards.js": [require.resolve("adaptivecards/dist/adaptivecards.min.js"), "text/javascript"],
};

interface InboxItem {
  id: string;
  conversationId: string;
  activity: Record<string, unknown>;
  at: number;
}
const inbox: InboxItem[] = [];
let next = 0;

async function body(req: IncomingMessage): Promise<string> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw;
}

function send(res: ServerResponse, status: number, payload: unknown, type = "application/json"): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(typeof payload === "string" ? payload : JSON.stringify(payload));
}

/** The Bot Connector side: record what the bot sends, answer with an id it can update later. */
function connector(req: IncomingMessage, res: ServerResponse, raw: string, path: string): void {
  const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
  if (!m) {
    send(res, 404, { error: { code: "NotFound" } });
    return;
  }
  const conversationId = decodeURIComponent(m[1]!);
  const activity = JSON.parse(raw || "{}") as Record<string, unknown>;
  if (req.method === "PUT" && m[2]) {
    const item = inbox.find((i) => i.id === decodeURIComponent(m[2]!));
    if (item) Object.assign(item, { activity, at: Date.now() });
    send(res, 200, { id: m[2] });
    return;
  }
  const id = `h-${++next}`;
  inbox.push({ id, conversationId, activity, at: Date.now() });
  send(res, 200, { id });
}

/** The Teams side: stamp the activity as the channel would and pass it to the bot. */
async function toBot(raw: string, res: ServerResponse): Promise<void> {
  const activity = { ...JSON.parse(raw), serviceUrl: `http://127.0.0.1:${PORT}/`, channelId: "msteams" };
  const answer = await fetch(`${API}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(activity),
  });
  send(res, answer.status, (await answer.text()) || "{}");
}

/** Demo shortcuts that need a signed-in person: request an escalation, send the digest. */
async function asUser(userId: string, method: string, path: string, payload?: unknown): Promise<Response> {
  const user = DEMO_USERS.find((u) => u.id === userId);
  if (!user) throw new Error("unknown demo user");
  const token = await signDevToken(DATA_DIR, {
    email: user.email,
    name: user.displayName,
    oid: user.id,
    roles: user.roles,
    tenantId: DEMO_TENANT_ID,
  });
  return fetch(`${API}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(payload ? { body: JSON.stringify(payload) } : {}),
  });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const raw = req.method === "GET" ? "" : await body(req);
  if (url.pathname.startsWith("/v3/")) return connector(req, res, raw, url.pathname);
  if (req.method === "GET" && STATIC[url.pathname]) {
    const [file, type] = STATIC[url.pathname]!;
    return send(res, 200, readFileSync(file, "utf8"), type);
  }
  if (req.method === "GET" && url.pathname === "/inbox") {
    const since = Number(url.searchParams.get("since") ?? 0);
    return send(res, 200, { items: inbox.filter((i) => i.at > since), now: Date.now() });
  }
  if (req.method === "GET" && url.pathname === "/people") {
    return send(
      res,
      200,
      DEMO_USERS.map((u) => ({ id: u.id, name: u.displayName, roles: u.roles })),
    );
  }
  if (req.method === "POST" && url.pathname === "/activity") return toBot(raw, res);
  if (req.method === "POST" && url.pathname === "/escalate") {
    const { userId, clientId, reason } = JSON.parse(raw) as Record<string, string>;
    const answer = await asUser(userId ?? "u-chen", "POST", "/escalations", { clientId, reason });
    return send(res, answer.status, await answer.text());
  }
  if (req.method === "POST" && url.pathname === "/digest") {
    const answer = await asUser("u-whitfield", "POST", "/digest/send");
    return send(res, answer.status, await answer.text());
  }
  send(res, 404, { title: "not found" });
}

createServer((req, res) => {
  handle(req, res).catch((error: unknown) => send(res, 500, { title: (error as Error)?.name ?? "error" }));
}).listen(PORT, "127.0.0.1", () => {
  console.log(`Nudge Teams harness on http://localhost:${PORT} (bot at ${API}/messages)`);
});
