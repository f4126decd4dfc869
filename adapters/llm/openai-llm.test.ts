import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MockOpenAi, startMockOpenAi } from "../../test/support/mock-openai";
import { llmFromConfig } from "./llm-from-config";
import { createOpenAiLlm } from "./openai-llm";

let mock: MockOpenAi;
beforeAll(async () => {
  mock = await startMockOpenAi();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const request = {
  system: "rules",
  user: "task",
  schemaName: "answer",
  jsonSchema: { type: "object", additionalProperties: false, required: ["a"], properties: { a: { type: "string" } } },
  timeoutMs: 1500,
};
const chatLlm = () =>
  createOpenAiLlm({ client: new OpenAI({ apiKey: "test", baseURL: mock.baseURL, maxRetries: 0 }), model: "gpt-test" });

describe("the OpenAI adapter", () => {
  it("asks for strict structured output on chat completions and parses the answer", async () => {
    mock.enqueue({ json: { a: "hello" }, model: "gpt-test-2026" });
    const result = await chatLlm().complete(request);
    expect(result).toEqual({ ok: true, value: { output: { a: "hello" }, model: "gpt-test-2026" } });
    const sent = mock.requests[0]!;
    expect(sent.path).toBe("/v1/chat/completions");
    expect(sent.body.response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "answer", schema: request.jsonSchema, strict: true },
    });
    expect(sent.prompt).toEqual({ system: "rules", user: "task" });
  });

  it("speaks the Responses API too", async () => {
    mock.enqueue({ json: { a: "hi" } });
    const llm = createOpenAiLlm({
      client: new OpenAI({ apiKey: "t", baseURL: mock.baseURL }),
      model: "gpt-test",
      api: "responses",
    });
    expect(await llm.complete(request)).toMatchObject({ ok: true, value: { output: { a: "hi" } } });
    expect(mock.requests[0]!.path).toBe("/v1/responses");
    expect(mock.requests[0]!.body.text.format).toMatchObject({ type: "json_schema", name: "answer", strict: true });
  });

  it("retries a 429 once after retry-after-ms", async () => {
    mock.enqueue({ status: 429, headers: { "retry-after-ms": "120" } }, { json: { a: "late" } });
    const started = Date.now();
    const result = await chatLlm().complete(request);
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(mock.requests).toHaveLength(2);
  });

  it("gives up at once when the service asks to wait longer than the budget", async () => {
    mock.enqueue({ status: 429, headers: { "retry-after": "30" } });
    const started = Date.now();
    const result = await chatLlm().complete(request);
    expect(result).toMatchObject({ ok: false, code: "UNAVAILABLE", details: { reason: "rate-limited", status: 429 } });
    expect(Date.now() - started).toBeLessThan(500);
    expect(mock.requests).toHaveLength(1);
  });

  it("retries a 5xx at most once", async () => {
    mock.enqueue({ status: 500 }, { status: 503 }, { json: { a: "never" } });
    const result = await chatLlm().complete(request);
    expect(result).toMatchObject({ ok: false, details: { reason: "server-error" } });
    expect(mock.requests).toHaveLength(2);
  });

  it("stops waiting at the deadline", async () => {
    mock.enqueue({ json: { a: "slow" }, delayMs: 3000 });
    const started = Date.now();
    const result = await chatLlm().complete({ ...request, timeoutMs: 400 });
    expect(result).toMatchObject({ ok: false, details: { reason: "timeout" } });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it("reports refusals, malformed JSON and rejected requests as failures, never throws", async () => {
    mock.enqueue({ refusal: "I can't help with that" }, { status: 400 });
    expect(await chatLlm().complete(request)).toMatchObject({ ok: false, details: { reason: "refused" } });
    expect(await chatLlm().complete(request)).toMatchObject({
      ok: false,
      details: { reason: "rejected", status: 400 },
    });
    mock.setFallback(() => ({ json: undefined }));
    expect(await chatLlm().complete(request)).toMatchObject({ ok: false, details: { reason: "invalid-output" } });
  });
});

describe("llmFromConfig", () => {
  const base = { OPENAI_MODEL: "gpt-4o-mini", AZURE_OPENAI_API_VERSION: "2024-10-21" };

  it("is undefined without a key or an endpoint: drafts use the templates", () => {
    expect(llmFromConfig(base)).toBeUndefined();
  });

  it("uses OpenAI with a key and a base URL", async () => {
    mock.enqueue({ json: { a: "x" } });
    const llm = llmFromConfig({ ...base, OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: mock.baseURL });
    expect(llm?.modelVersion).toBe("gpt-4o-mini");
    expect((await llm!.complete(request)).ok).toBe(true);
    expect(mock.requests[0]!.headers.authorization).toBe("Bearer sk-test");
  });

  it("uses Azure OpenAI with the deployment and an Entra ID token", async () => {
    mock.enqueue({ json: { a: "azure" } });
    const llm = llmFromConfig(
      { ...base, AZURE_OPENAI_ENDPOINT: mock.origin, AZURE_OPENAI_DEPLOYMENT: "drafts" },
      { tokenProvider: async () => "entra-token" },
    );
    expect(llm?.modelVersion).toBe("drafts");
    expect((await llm!.complete(request)).ok).toBe(true);
    const sent = mock.requests[0]!;
    expect(sent.path).toBe("/openai/deployments/drafts/chat/completions");
    expect(sent.headers.authorization).toBe("Bearer entra-token");
  });

  it("fails fast on an Azure endpoint without a deployment", () => {
    expect(() => llmFromConfig({ ...base, AZURE_OPENAI_ENDPOINT: mock.origin })).toThrow(/AZURE_OPENAI_DEPLOYMENT/);
  });
});
