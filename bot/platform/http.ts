/**
 * Runs one Bot Framework HTTP request through the adapter. Hosts hand in plain data (method,
 * headers, parsed body) and get plain data back, so the Functions trigger never sees a botbuilder
 * type and the same shim serves any host: the adapter only needs `status`, `send` and `end`.
 */
import type { CloudAdapter, TurnContext } from "botbuilder";

export interface BotHttpRequest {
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface BotHttpResponse {
  status: number;
  body?: unknown;
}

export async function processBotRequest(
  adapter: CloudAdapter,
  request: BotHttpRequest,
  logic: (context: TurnContext) => Promise<void>,
): Promise<BotHttpResponse> {
  const out: BotHttpResponse = { status: 200 };
  const response = {
    socket: undefined,
    status(code: number) {
      out.status = code;
    },
    send(body: unknown) {
      out.body = body;
    },
    header() {},
    end() {},
  };
  await adapter.process(
    { method: request.method, headers: request.headers, body: request.body as Record<string, unknown> },
    response,
    logic,
  );
  return out;
}
