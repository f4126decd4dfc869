/** One typed method per route of docs/api-contract.md that the task pane uses. */
import type { ApiResult, HttpClient } from "../../../web-shared/api/http-client";
import type {
  AcceptResult,
  AgingReport,
  Classification,
  ClientScore,
  ClientState,
  ClientSummary,
  DoneTask,
  Draft,
  DraftRequest,
  DraftReviewAction,
  Inbound,
  Interaction,
  LinkedAddress,
  MatchResult,
  Me,
  QueueDraft,
  QueueSummary,
  QueueTask,
  Worklist,
} from "./types";
import type { FileClient } from "./file-client";

/** Long bodies would overflow the query string; invoice numbers sit near the top of a reply. */
const MATCH_BODY_LIMIT = 1500;

const client = (id: string) => `/clients/${encodeURIComponent(id)}`;
const draftPath = (id: string) => `/drafts/${encodeURIComponent(id)}`;

export interface PromiseInput {
  amountMinor: number;
  date: string;
  invoiceIds?: string[];
  note?: string;
}
export interface DisputeInput {
  reasonCode: string;
  invoiceIds: string[];
  note?: string;
}
/** An even split of the client's undisputed open balance, monthly from `startDate` (the server reconciles to the cent). */
export interface PlanInput {
  count: number;
  startDate: string;
  note?: string;
}
export interface EscalationInput {
  clientId: string;
  reason: string;
  requestedOption?: string;
}

export class NudgeApi {
  /** `files`: binary answers (letters as PDF); without it those routes read as not available. */
  constructor(
    private readonly http: HttpClient,
    private readonly files?: FileClient,
  ) {}

  matchClient(input: { email: string; subject?: string; body?: string }): Promise<ApiResult<MatchResult>> {
    // In the body, not the URL: the client's words must not reach request logs.
    const body = { email: input.email, subject: input.subject, body: input.body?.slice(0, MATCH_BODY_LIMIT) };
    return this.http.request("POST", "/clients/match", { body });
  }
  summary(clientId: string): Promise<ApiResult<ClientSummary>> {
    return this.http.request("GET", `${client(clientId)}/summary`);
  }
  score(clientId: string): Promise<ApiResult<ClientScore>> {
    return this.http.request("GET", `${client(clientId)}/score`);
  }
  state(clientId: string): Promise<ApiResult<ClientState>> {
    return this.http.request("GET", `${client(clientId)}/state`);
  }
  agingByClient(): Promise<ApiResult<AgingReport>> {
    return this.http.request("GET", "/reports/aging", { query: { by: "client" } });
  }
  worklist(): Promise<ApiResult<Worklist>> {
    return this.http.request("GET", "/worklist");
  }
  draft(clientId: string, request: DraftRequest): Promise<ApiResult<Draft>> {
    return this.http.request("POST", `${client(clientId)}/drafts`, { body: request });
  }
  classify(inbound: Inbound): Promise<ApiResult<Classification>> {
    return this.http.request("POST", "/messages/classify", { body: inbound });
  }
  accept(input: {
    clientId: string;
    classification: Classification;
    inbound: Inbound;
  }): Promise<ApiResult<AcceptResult>> {
    return this.http.request("POST", "/messages/accept", { body: input });
  }
  logInteraction(clientId: string, input: { kind: "note" | "call"; summary: string }): Promise<ApiResult<Interaction>> {
    return this.http.request("POST", `${client(clientId)}/interactions`, { body: input });
  }
  recordPromise(clientId: string, input: PromiseInput): Promise<ApiResult<unknown>> {
    return this.http.request("POST", `${client(clientId)}/promises`, { body: input });
  }
  recordDispute(clientId: string, input: DisputeInput): Promise<ApiResult<unknown>> {
    return this.http.request("POST", `${client(clientId)}/disputes`, { body: input });
  }
  proposePlan(clientId: string, input: PlanInput): Promise<ApiResult<unknown>> {
    return this.http.request("POST", "/plans", { body: { clientId, cadence: "monthly", ...input } });
  }
  pauseReminders(clientId: string, input: { until: string; reason: string }): Promise<ApiResult<unknown>> {
    return this.http.request("POST", `${client(clientId)}/holds`, { body: input });
  }
  requestEscalation(input: EscalationInput): Promise<ApiResult<unknown>> {
    return this.http.request("POST", "/escalations", { body: input });
  }
  /** 409 CONFLICT (with a detail written for people) when the address belongs to another client. */
  linkContact(clientId: string, email: string): Promise<ApiResult<LinkedAddress>> {
    return this.http.request("POST", `${client(clientId)}/contacts`, { body: { email } });
  }
  me(): Promise<ApiResult<Me>> {
    return this.http.request("GET", "/me");
  }
  /** How many drafts and tasks wait for the caller: counts only, for the tab's badge. */
  queueSummary(): Promise<ApiResult<QueueSummary>> {
    return this.http.request("GET", "/queue/summary");
  }
  /** Drafts of the caller's visible clients waiting for review, newest first, with names, invoices and permissions. */
  drafts(): Promise<ApiResult<QueueDraft[]>> {
    return this.http.request("GET", "/drafts");
  }
  /**
   * Handles a draft once, answering the draft as listed: 409 ALREADY_DECIDED ("sent by Dana
   * Whitfield at T") when someone else did first, 403 FORBIDDEN for an approval the caller may not
   * give (or a send that still needs one).
   */
  reviewDraft(id: string, action: DraftReviewAction): Promise<ApiResult<QueueDraft>> {
    return this.http.request("PATCH", draftPath(id), { body: { action } });
  }
  /** A queued letter as PDF on the firm's letterhead. */
  draftPdf(id: string): Promise<ApiResult<Blob>> {
    if (!this.files) return Promise.resolve({ ok: false, error: { kind: "unavailable", status: 501 } });
    return this.files.get(`${draftPath(id)}/pdf`, "application/pdf");
  }
  /** Open tasks assigned to the caller, earliest due first. */
  tasks(): Promise<ApiResult<QueueTask[]>> {
    return this.http.request("GET", "/tasks");
  }
  /** 409 ALREADY_DECIDED ("completed by Jamie Chen at T") once done; 412 when two people raced. */
  completeTask(id: string): Promise<ApiResult<DoneTask>> {
    return this.http.request("POST", `/tasks/${encodeURIComponent(id)}/done`);
  }
}
