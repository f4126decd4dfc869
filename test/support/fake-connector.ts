/**
 * A loopback stand-in for the Bot Framework Connector service. The bot, running with no app id,
 * sends its replies, proactive messages and card updates here unauthenticated; the fake records
 * each call (method, conversation, activity id, body) so tests can assert what reached Teams.
 */
import { createServer, type Server } from "node:http";

/** What the bot sent: an activity (text, or a card in its attachments). */
export interface ActivityBody {
  id?: string;
  text?: string;
  attachments?: { contentType: string; content: Record<string, unknown> }[];
  [key: string]: unknown;
}

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body: ActivityBody;
  /** The id the fake answered with: what the bot later uses to update that message. */
  responseId?: string;
}

export interface FakeConnector {
  /** Use as the activities' `serviceUrl`. */
  serviceUrl: string;
  calls: ConnectorCall[];
  /** New messages (POST …/activities[/id]). */
  posts(conversationId?: string): ConnectorCall[];
  /** In-place updates (PUT …/activities/{id}). */
  updates(conversationId?: string): ConnectorCall[];
  waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs?: number): Promise<void>;
  clear(): void;
  close(): Promise<void>;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/;

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let next = 0;
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      const path = (req.url ?? "/").split("?")[0]!;
      const m = ACTIVITY_PATH.exec(path);
      let body: ActivityBody = {};
      try {
        body = raw ? (JSON.parse(raw) as ActivityBody) : {};
      } catch {
        body = { raw };
      }
      const call: ConnectorCall = {
        method: req.method ?? "GET",
        path,
        ...(m ? { conversationId: decodeURIComponent(m[1]!) } : {}),
        ...(m?.[2] ? { activityId: decodeURIComponent(m[2]) } : {}),
        body,
      };
      calls.push(call);
      if (req.method === "GET") {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "NotFound" } }));
        return;
      }
      const id = req.method === "PUT" && m?.[2] ? decodeURIComponent(m[2]) : `sent-${++next}`;
      call.responseId = id;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const of = (method: string, conversationId?: string) =>
    calls.filter(
      (c) => c.method === method && c.conversationId && (!conversationId || c.conversationId === conversationId),
    );
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    posts: (conversationId) => of("POST", conversationId),
    updates: (conversationId) => of("PUT", conversationId),
    async waitFor(predicate, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > until) throw new Error(`fake connector: condition not met; saw ${calls.length} call(s)`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    clear: () => {
      calls.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
