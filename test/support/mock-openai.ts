/**
 * A loopback OpenAI-compatible server for tests: chat completions (`/v1/chat/completions`, and the
 * Azure form `/openai/deployments/{d}/chat/completions`) and the Responses API (`/v1/responses`).
 * Each test scripts the answers in order: a JSON object the "model" returns, a computed answer from
 * the request (to echo real figures), a delay, or an HTTP error with headers (429 + retry-after-ms).
 * Every request is recorded so tests can assert what the model was sent.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface MockRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the SDK sent
  body: any;
  /** System and user text, whichever API was used. */
  prompt: { system: string; user: string };
}

export type MockReply =
  | { json: unknown; delayMs?: number; model?: string }
  | { status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number }
  | { refusal: string; delayMs?: number };

export type MockStep = MockReply | ((request: MockRequest) => MockReply);

export interface MockOpenAi {
  /** Base URL for `new OpenAI({ baseURL })`, ending in `/v1`. */
  baseURL: string;
  origin: string;
  requests: MockRequest[];
  /** Answers for the next requests, in order; afterwards the fallback answers. */
  enqueue(...steps: MockStep[]): void;
  setFallback(step: MockStep): void;
  reset(): void;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : {};
}

type ChatMessage = { role: string; content: unknown };

function promptOf(body: Record<string, unknown>): { system: string; user: string } {
  if (Array.isArray(body.messages)) {
    const messages = body.messages as ChatMessage[];
    const of = (role: string) =>
      messages
        .filter((m) => m.role === role)
        .map((m) => String(m.content))
        .join("\n");
    return { system: of("system"), user: of("user") };
  }
  return {
    system: String(body.instructions ?? ""),
    user: typeof body.input === "string" ? body.input : JSON.stringify(body.input),
  };
}

function chatBody(model: string, content: string | null, refusal: string | null) {
  return {
    id: `chatcmpl-mock-${Date.now()}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", content, refusal }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function responsesBody(model: string, text: string) {
  return {
    id: `resp-mock-${Date.now()}`,
    object: "response",
    created_at: Math.floor(Date.now() / 1000),
    model,
    status: "completed",
    output: [
      {
        type: "message",
        id: "msg-mock",
        status: "completed",
        role: "assistant",
        content: [{ type: "output_text", text, annotations: [] }],
      },
    ],
    usage: { input_tokens: 10, output_tokens: 10, total_tokens: 20 },
  };
}

export async function startMockOpenAi(): Promise<MockOpenAi> {
  const requests: MockRequest[] = [];
  let queue: MockStep[] = [];
  let fallback: MockStep = { status: 500, body: { error: { message: "no scripted answer" } } };
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const body = await readJson(req).catch((): Record<string, unknown> => ({}));
    const request: MockRequest = {
      method: req.method ?? "GET",
      path,
      headers: req.headers,
      body,
      prompt: promptOf(body),
    };
    requests.push(request);
    const step = queue.shift() ?? fallback;
    const reply = typeof step === "function" ? step(request) : step;
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(payload));
    };
    if ("status" in reply)
      return send(reply.status, reply.body ?? { error: { message: `status ${reply.status}` } }, reply.headers);
    const model = ("model" in reply && reply.model) || String(body.model ?? "mock-model");
    const isResponses = path.endsWith("/responses");
    if ("refusal" in reply) return send(200, chatBody(model, null, reply.refusal));
    const text = JSON.stringify(reply.json);
    return send(200, isResponses ? responsesBody(model, text) : chatBody(model, text, null));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseURL: `${origin}/v1`,
    origin,
    requests,
    enqueue: (...steps) => {
      queue.push(...steps);
    },
    setFallback: (step) => {
      fallback = step;
    },
    reset: () => {
      queue = [];
      requests.length = 0;
      fallback = { status: 500, body: { error: { message: "no scripted answer" } } };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
