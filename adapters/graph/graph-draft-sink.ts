/**
 * Email drafts in the collector's own Outlook Drafts folder through Microsoft Graph
 * (`POST /users/{id}/messages` creates a draft; nothing is sent). SMS, letters and the record of
 * every draft go to Nudge's queue. Graph failures become `UNAVAILABLE` (the engine then keeps the
 * email in the queue); messages carry the status only, never the draft's content.
 *
 * Never twice: every draft is stamped with its Nudge draft id in a named MAPI property of Nudge's own
 * property set (`DRAFT_KEY_PROPERTY`; an extended property, not a header, so nothing of it travels
 * with the mail). When the engine says an earlier run may have made the draft (`email.reuse`), the
 * mailbox is searched for those keys first (`$filter` on the property, every folder: a draft the
 * collector already moved or sent is found too) and the message found is reused, updated to the
 * current wording if it is still a draft and was made for another key. A create whose outcome is
 * unknown (timeout, 5xx, no answer) is followed by one search for its key before it is reported failed,
 * and Graph's retry handler repeats a create only on 429, which Graph answers before doing anything.
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

/** Nudge's named property (its own GUID namespace) holding the Nudge draft id of an Outlook draft. */
export const DRAFT_KEY_PROPERTY = "String {eaaf4b45-02dc-493f-b662-b5b840a646c7} Name NudgeDraftKey";

/** Graph's message shape for a new draft (mapper with its own table test). */
export function toGraphMessage(email: EmailDraft): Record<string, unknown> {
  return {
    subject: email.subject,
    body: { contentType: "HTML", content: email.html },
    toRecipients: email.to.map((address) => ({ emailAddress: { address } })),
    singleValueExtendedProperties: [{ id: DRAFT_KEY_PROPERTY, value: email.key }],
  };
}

/** OData string literal: single quotes doubled. */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The `$filter` finding the messages stamped with `key` (Graph compares the value case-insensitively). */
export function draftKeyFilter(key: string): string {
  return `singleValueExtendedProperties/any(ep: ep/id eq ${literal(DRAFT_KEY_PROPERTY)} and ep/value eq ${literal(key)})`;
}

interface FoundMessage {
  id: string;
  webLink?: string;
  isDraft?: boolean;
  singleValueExtendedProperties?: { id: string; value: string }[];
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
  /** The message stamped with exactly `key` (the filter is case-insensitive, the stamp is compared exactly). */
  const find = async (mailbox: string, key: string): Promise<FoundMessage | undefined> => {
    const page = (await client
      .api(`/users/${mailbox}/messages`)
      .filter(encodeURIComponent(draftKeyFilter(key)))
      .select(["id", "webLink", "isDraft"])
      .expand(encodeURIComponent(`singleValueExtendedProperties($filter=id eq ${literal(DRAFT_KEY_PROPERTY)})`))
      .top(10)
      .get()) as { value?: FoundMessage[] };
    return page.value?.find((m) => m.singleValueExtendedProperties?.some((p) => p.value === key));
  };

  const create = async (mailbox: string, email: EmailDraft): Promise<FoundMessage | undefined> => {
    try {
      const created = (await client
        .api(`/users/${mailbox}/messages`)
        .middlewareOptions([new RetryHandlerOptions(undefined, undefined, onlyThrottled)])
        .post(toGraphMessage(email))) as FoundMessage | undefined;
      return created?.id ? created : undefined;
    } catch (error) {
      // Did the create happen although no answer said so? Its key tells.
      if (!outcomeUnknown(error)) throw error;
      const found = await find(mailbox, email.key).catch(() => undefined);
      if (found) return found;
      throw error;
    }
  };

  return {
    async createEmailDraft(owner: DraftOwner, email: EmailDraft): Promise<Result<EmailDraftReceipt>> {
      const mailbox = encodeURIComponent(owner.aadObjectId ?? owner.email);
      try {
        let message: FoundMessage | undefined;
        for (const key of email.reuse ?? []) {
          const found = await find(mailbox, key);
          if (!found) continue;
          message = found;
          if (key !== email.key && found.isDraft !== false)
            await client.api(`/users/${mailbox}/messages/${encodeURIComponent(found.id)}`).patch(toGraphMessage(email));
          break;
        }
        message ??= await create(mailbox, email);
        if (!message?.id) return fail("UNAVAILABLE", "Graph created no draft id");
        return ok({
          location: "outlook",
          externalId: message.id,
          ...(message.webLink ? { webLink: message.webLink } : {}),
        });
      } catch (error) {
        const status = error instanceof GraphError ? error.statusCode : 0;
        return fail("UNAVAILABLE", `Outlook draft not created (Graph status ${status > 0 ? status : "unreachable"})`);
      }
    },
    queue: (draft) => queue.queue(draft),
  };
}

/** Graph's retry handler may repeat a create only when throttled: a 429 is answered before anything is done. */
const onlyThrottled = (_delay: number, _attempt: number, _request: unknown, _options: unknown, response: Response) =>
  response.status === 429;

/** No answer, a timeout or a server error: the create may or may not have happened. */
function outcomeUnknown(error: unknown): boolean {
  const status = error instanceof GraphError ? error.statusCode : 0;
  return status <= 0 || status >= 500;
}
