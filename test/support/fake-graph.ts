/**
 * A loopback stand-in for Microsoft Graph and the Entra token endpoint, for adapter and end-to-end
 * tests: it issues app tokens, creates draft messages in per-user Drafts folders (with their
 * single-value extended properties), finds messages by an extended property's value
 * (`$filter=singleValueExtendedProperties/any(ep: ep/id eq '…' and ep/value eq '…')`, with `$select`,
 * `$top` and `$expand=singleValueExtendedProperties($filter=id eq '…')`), updates drafts (PATCH),
 * refuses requests without the token it issued, answers 404 for unknown mailboxes, can fail the
 * next create after or before storing it, and records every request.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";

export interface FakeGraphRequest {
  method: string;
  path: string;
  /** The decoded query string, e.g. `$filter=…&$top=10`. */
  query: string;
  authorization?: string;
  body: unknown;
}

export interface FakeGraph {
  url: string;
  /** Value for `GraphSettings.baseUrl`. */
  graphBaseUrl: string;
  requests: FakeGraphRequest[];
  /** Messages per mailbox (user id or address as addressed): drafts until `send` marks one sent. */
  drafts: Map<string, FakeMessage[]>;
  /** Mailboxes that do not exist (Graph answers 404). */
  unknownMailboxes: Set<string>;
  tokensIssued: number;
  /**
   * Fails the next create with this status: `stored: true` keeps the message first (the answer was
   * lost after Graph did the work), `stored: false` refuses it.
   */
  failNextCreate?: { status: number; stored: boolean } | undefined;
  /** The collector sends a draft: it leaves the Drafts folder for Sent Items. */
  send(mailbox: string, id: string): void;
  close(): Promise<void>;
}

export interface FakeMessage {
  id: string;
  subject: string;
  isDraft: boolean;
  parentFolder: "drafts" | "sentitems";
  toRecipients: unknown;
  body: unknown;
  singleValueExtendedProperties?: { id: string; value: string }[];
}

const LITERAL = "'((?:[^']|'')*)'";
const PROPERTY_FILTER = new RegExp(
  `^singleValueExtendedProperties/any\\((\\w+): ?\\1/id eq ${LITERAL} and \\1/value eq ${LITERAL}\\)$`,
  "i",
);
const PROPERTY_EXPAND = new RegExp(`^singleValueExtendedProperties\\(\\$filter=id eq ${LITERAL}\\)$`, "i");
const unquote = (s: string) => s.replace(/''/g, "'");

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
    drafts: new Map<string, FakeMessage[]>(),
    unknownMailboxes: new Set<string>(),
    tokensIssued: 0,
    failNextCreate: undefined as FakeGraph["failNextCreate"],
    send(mailbox: string, id: string) {
      const message = fake.drafts.get(mailbox)?.find((m) => m.id === id);
      if (message) Object.assign(message, { isDraft: false, parentFolder: "sentitems" });
    },
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const body = await readJson(req);
    fake.requests.push({
      method: req.method ?? "",
      path: url.pathname,
      query: decodeURIComponent(url.search.replace(/^\?/, "")),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      body,
    });
    const send = (status: number, json: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    const badRequest = (message: string) => send(400, { error: { code: "BadRequest", message } });
    if (req.method === "POST" && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(url.pathname)) {
      const form = body as Record<string, string>;
      if (form.grant_type !== "client_credentials" || !form.client_secret)
        return send(400, { error: "invalid_request" });
      fake.tokensIssued += 1;
      return send(200, { token_type: "Bearer", expires_in: 3600, access_token: FAKE_TOKEN });
    }
    if (req.headers.authorization !== `Bearer ${FAKE_TOKEN}`)
      return send(401, { error: { code: "InvalidAuthenticationToken", message: "Access token is empty or invalid." } });
    const route = /^\/v1\.0\/users\/([^/]+)\/(?:mailFolders\/(drafts)\/)?messages(?:\/([^/]+))?$/.exec(url.pathname);
    if (!route) return send(404, { error: { code: "ResourceNotFound", message: "not found" } });
    const mailbox = decodeURIComponent(route[1]!);
    const folder = route[2];
    const messageId = route[3] ? decodeURIComponent(route[3]) : undefined;
    if (fake.unknownMailboxes.has(mailbox))
      return send(404, { error: { code: "ErrorInvalidUser", message: "The requested user is invalid." } });
    const box = fake.drafts.get(mailbox) ?? [];
    const view = (m: FakeMessage) => ({ ...m, webLink: `https://outlook.office.com/owa/?ItemID=${m.id}` });

    if (req.method === "POST" && !messageId && !folder) {
      const m = body as Partial<FakeMessage> & { body?: { contentType?: string } };
      if (typeof m?.subject !== "string" || m.body?.contentType !== "HTML") return badRequest("invalid message");
      const draft: FakeMessage = {
        id: `AAMkDraft${++next}`,
        subject: m.subject,
        isDraft: true,
        parentFolder: "drafts",
        toRecipients: m.toRecipients,
        body: m.body,
        ...(m.singleValueExtendedProperties ? { singleValueExtendedProperties: m.singleValueExtendedProperties } : {}),
      };
      const failure = fake.failNextCreate;
      fake.failNextCreate = undefined;
      if (!failure || failure.stored) fake.drafts.set(mailbox, [...box, draft]);
      if (failure) return send(failure.status, { error: { code: "ServiceUnavailable", message: "try later" } });
      return send(201, view(draft));
    }

    if (req.method === "GET" && !messageId) {
      const filter = url.searchParams.get("$filter");
      const match = filter ? PROPERTY_FILTER.exec(filter) : null;
      if (filter && !match) return badRequest(`Invalid filter clause: ${filter}`);
      const expand = url.searchParams.get("$expand");
      const expanded = expand ? PROPERTY_EXPAND.exec(expand) : null;
      if (expand && !expanded) return badRequest(`Invalid expand clause: ${expand}`);
      const top = Number(url.searchParams.get("$top") ?? 10);
      const select = url.searchParams.get("$select")?.split(",");
      const hits = box
        .filter((m) => !folder || m.parentFolder === folder)
        .filter(
          (m) =>
            !match ||
            (m.singleValueExtendedProperties ?? []).some(
              // Graph compares the property's value case-insensitively.
              (p) => p.id === unquote(match[2]!) && p.value.toLowerCase() === unquote(match[3]!).toLowerCase(),
            ),
        )
        .slice(0, top)
        .map((m) => {
          const full: Record<string, unknown> = view(m);
          const shown = select ? Object.fromEntries(select.map((k) => [k, full[k]])) : { ...full };
          delete shown.singleValueExtendedProperties;
          if (expanded) {
            const props = (m.singleValueExtendedProperties ?? []).filter((p) => p.id === unquote(expanded[1]!));
            if (props.length) shown.singleValueExtendedProperties = props;
          }
          return shown;
        });
      return send(200, { value: hits });
    }

    if (req.method === "PATCH" && messageId && !folder) {
      const message = box.find((m) => m.id === messageId);
      if (!message) return send(404, { error: { code: "ErrorItemNotFound", message: "not found" } });
      if (!message.isDraft) return badRequest("only drafts can be updated");
      const patch = body as Partial<FakeMessage>;
      const props = new Map((message.singleValueExtendedProperties ?? []).map((p) => [p.id, p.value]));
      for (const p of patch.singleValueExtendedProperties ?? []) props.set(p.id, p.value);
      Object.assign(message, {
        ...(patch.subject !== undefined ? { subject: patch.subject } : {}),
        ...(patch.body !== undefined ? { body: patch.body } : {}),
        ...(patch.toRecipients !== undefined ? { toRecipients: patch.toRecipients } : {}),
        singleValueExtendedProperties: [...props].map(([id, value]) => ({ id, value })),
      });
      return send(200, view(message));
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
