/**
 * `LlmPort` on the `openai` package, for OpenAI and Azure OpenAI alike. Structured output with a
 * strict JSON schema (chat completions, or the Responses API). Every call is bounded by the caller's
 * `timeoutMs` as a whole, retries included: the SDK's own retries are off (they could sleep for a
 * server-chosen `retry-after`), and this adapter retries at most once, only when the wait still fits.
 */
import type OpenAI from "openai";
import { fail, ok, type Result } from "../../core/errors/codes";
import type { LlmCompletion, LlmPort, LlmRequest } from "../../core/drafting/llm.port";
import { type CallFailure, DeadlineExceeded, toCallFailure } from "./llm-errors";

export interface OpenAiLlmOptions {
  client: OpenAI;
  /** Model name (OpenAI) or deployment name (Azure OpenAI). */
  model: string;
  api?: "chat" | "responses";
  /** Retries after a 429 or 5xx: 0 or 1. */
  maxRetries?: 0 | 1;
  /** Default wait before retrying a 5xx without a `retry-after`. */
  retryDelayMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Rejects with `DeadlineExceeded` after `ms` and aborts the request; the late answer is ignored. */
function withDeadline<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  const running = work(controller.signal);
  running.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeadlineExceeded(`no answer within ${ms} ms`));
    }, ms);
  });
  return Promise.race([running, deadline]).finally(() => clearTimeout(timer));
}

async function callOnce(options: OpenAiLlmOptions, req: LlmRequest, budgetMs: number): Promise<LlmCompletion> {
  const requestOptions = (signal: AbortSignal) => ({ timeout: budgetMs, maxRetries: 0, signal });
  return withDeadline(async (signal) => {
    if (options.api === "responses") {
      const response = await options.client.responses.create(
        {
          model: options.model,
          instructions: req.system,
          input: req.user,
          text: { format: { type: "json_schema", name: req.schemaName, schema: req.jsonSchema, strict: true } },
        },
        requestOptions(signal),
      );
      return { output: JSON.parse(response.output_text), model: response.model };
    }
    const completion = await options.client.chat.completions.create(
      {
        model: options.model,
        temperature: 0.2,
        messages: [
          { role: "system", content: req.system },
          { role: "user", content: req.user },
        ],
        response_format: {
          type: "json_schema",
          json_schema: { name: req.schemaName, schema: req.jsonSchema, strict: true },
        },
      },
      requestOptions(signal),
    );
    const message = completion.choices[0]?.message;
    if (!message || message.refusal) throw Object.assign(new Error("refused"), { refused: true });
    return { output: JSON.parse(message.content ?? ""), model: completion.model };
  }, budgetMs);
}

export function createOpenAiLlm(options: OpenAiLlmOptions): LlmPort {
  const maxRetries = options.maxRetries ?? 1;
  return {
    modelVersion: options.model,
    async complete(req: LlmRequest): Promise<Result<LlmCompletion>> {
      const deadline = Date.now() + req.timeoutMs;
      for (let attempt = 0; ; attempt++) {
        const budget = deadline - Date.now();
        if (budget <= 0) return fail("UNAVAILABLE", "the language model did not answer in time", { reason: "timeout" });
        try {
          return ok(await callOnce(options, req, budget));
        } catch (error) {
          const failure: CallFailure = (error as { refused?: boolean }).refused
            ? { reason: "refused", retryable: false }
            : toCallFailure(error);
          const wait = failure.retryAfterMs ?? options.retryDelayMs ?? 250;
          // Retry only if the wait and a fair attempt still fit in what is left of the budget.
          if (failure.retryable && attempt < maxRetries && wait + 200 < deadline - Date.now()) {
            await sleep(wait);
            continue;
          }
          const details = { reason: failure.reason, ...(failure.status ? { status: failure.status } : {}) };
          return fail("UNAVAILABLE", `the language model call failed (${failure.reason})`, details);
        }
      }
    },
  };
}
