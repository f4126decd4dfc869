/**
 * A loopback stand-in for Microsoft Graph and the Entra token endpoint, for adapter and end-to-end
 * tests: it issues app tokens, creates draft messages in per-user Drafts folders, refuses requests
 * without the token it issued, answers 404 for unknown mailboxes, and records every request.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";

export interface FakeGraphRequest {
  method: string;
  path: string;
  authorization?: string;
  body: unknown;
}

export interface FakeGraph {
  url: string;
  /** Value for `GraphSettings.baseUrl`. */
  graphBaseUrl: string;
  requests: FakeGraphRequest[];
  /** Drafts per mailbox (user id or address as addressed). */
  drafts: Map<string, { id: string; subject: string; isDraft: true; toRecipients: unknown; body: unknown }[]>;
  /** Mailboxes that do not exist (Graph answers 404). */
  unknownMailboxes: Set<string>;
  tokensIssued: number;
  close(): Promise<void>;
}

export const FAKE_TOKEN = "fake-graph-token";

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return Object.fromEntries(new URLSearchParams(text));
  }
}

export async function startFakeGraph(): Promise<FakeGraph> {
  let next = 0;
  const fake = {
    requests: [] as FakeGraphRequest[],
    drafts: new Map<string, { id: string; subject: string; isDraft: true; toRecipients: unknown; body: unknown }[]>(),
    unknownMailboxes: new Set<string>(),
    tokensIssued: 0,
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const body = await readJson(req);
    fake.requests.push({
      method: req.method ?? "",
      path: url.pathname,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      body,
    });
    const send = (status: number, json: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    if (req.method === "POST" && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(url.pathname)) {
      const form = body as Record<string, string>;
      if (form.grant_type !== "client_credentials" || !form.client_secret)
        return send(400, { error: "invalid_request" });
      fake.tokensIssued += 1;
      return send(200, { token_type: "Bearer", expires_in: 3600, access_token: FAKE_TOKEN });
    }
    if (req.headers.authorization !== `Bearer ${FAKE_TOKEN}`)
      return send(401, { error: { code: "InvalidAuthenticationToken", message: "Access token is empty or invalid." } });
    const messages = /^\/v1\.0\/users\/([^/]+)\/messages$/.exec(url.pathname);
    if (req.method === "POST" && messages) {
      const mailbox = decodeURIComponent(messages[1]!);
      if (fake.unknownMailboxes.has(mailbox))
        return send(404, { error: { code: "ErrorInvalidUser", message: "The requested user is invalid." } });
      const m = body as { subject?: string; body?: { contentType?: string }; toRecipients?: unknown };
      if (typeof m?.subject !== "string" || m.body?.contentType !== "HTML")
        return send(400, { error: { code: "BadRequest", message: "invalid message" } });
      const draft = {
        id: `AAMkDraft${++next}`,
        subject: m.subject,
        isDraft: true as const,
        toRecipients: m.toRecipients,
        body: m.body,
      };
      fake.drafts.set(mailbox, [...(fake.drafts.get(mailbox) ?? []), draft]);
      return send(201, { ...draft, webLink: `https://outlook.office.com/owa/?ItemID=${draft.id}` });
    }
    return send(404, { error: { code: "ResourceNotFound", message: "not found" } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}`;
  return Object.assign(fake, {
    url,
    graphBaseUrl: `${url}/v1.0`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
