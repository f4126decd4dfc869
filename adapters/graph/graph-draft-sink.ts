/**
 * Email drafts in the collector's own Outlook Drafts folder through Microsoft Graph
 * (`POST /users/{id}/messages` creates a draft; nothing is sent). SMS, letters and the record of
 * every draft go to Nudge's queue. Graph failures become `UNAVAILABLE` (the engine then keeps the
 * email in the queue); messages carry the status only, never the draft's content.
 */
import {
  Client,
  type Context,
  GraphError,
  HTTPMessageHandler,
  type Middleware,
  RetryHandler,
  RetryHandlerOptions,
} from "@microsoft/microsoft-graph-client";
import { fail, ok, type Result } from "../../core/errors/codes";
import type { DraftOwner, DraftSink, EmailDraft, EmailDraftReceipt } from "../../core/workflow/ports/draft-sink.port";

export interface GraphSettings {
  /** e.g. `https://graph.microsoft.com/v1.0` (config `GRAPH_BASE_URL`). */
  baseUrl: string;
  getToken: () => Promise<string>;
}

/** Graph's message shape for a new draft (mapper with its own table test). */
export function toGraphMessage(email: EmailDraft): Record<string, unknown> {
  return {
    subject: email.subject,
    body: { contentType: "HTML", content: email.html },
    toRecipients: email.to.map((address) => ({ emailAddress: { address } })),
  };
}

/**
 * Attaches the app token to every request. The client is only ever pointed at the configured Graph
 * base URL, so unlike the SDK's default handler (which sends tokens to https Graph hosts it knows)
 * it needs no host list: sovereign clouds and the loopback test fake work the same way.
 */
class BearerToken implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly getToken: () => Promise<string>) {}
  async execute(context: Context): Promise<void> {
    const token = await this.getToken();
    context.options ??= {};
    const options = context.options;
    const headers = new Headers(options.headers as HeadersInit | undefined);
    headers.set("Authorization", `Bearer ${token}`);
    options.headers = Object.fromEntries(headers.entries());
    if (!this.next) throw new Error("BearerToken must not be the last middleware");
    await this.next.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function createGraphClient(settings: GraphSettings): Client {
  const url = new URL(settings.baseUrl);
  return Client.initWithMiddleware({
    baseUrl: `${url.origin}/`,
    defaultVersion: url.pathname.replace(/^\/|\/$/g, "") || "v1.0",
    middleware: [
      new BearerToken(settings.getToken),
      new RetryHandler(new RetryHandlerOptions()),
      new HTTPMessageHandler(),
    ],
  });
}

export function graphDraftSink(client: Client, queue: Pick<DraftSink, "queue">): DraftSink {
  return {
    async createEmailDraft(owner: DraftOwner, email: EmailDraft): Promise<Result<EmailDraftReceipt>> {
      const mailbox = encodeURIComponent(owner.aadObjectId ?? owner.email);
      try {
        const created = (await client.api(`/users/${mailbox}/messages`).post(toGraphMessage(email))) as {
          id?: string;
          webLink?: string;
        };
        if (!created?.id) return fail("UNAVAILABLE", "Graph created no draft id");
        return ok({
          location: "outlook",
          externalId: created.id,
          ...(created.webLink ? { webLink: created.webLink } : {}),
        });
      } catch (error) {
        const status = error instanceof GraphError ? error.statusCode : 0;
        return fail("UNAVAILABLE", `Outlook draft not created (Graph status ${status || "unreachable"})`);
      }
    },
    queue: (draft) => queue.queue(draft),
  };
}
