/** POST /api/messages/classify: what a client's reply means (promise, dispute, hardship…), with the quoted evidence. */
import { classifyMessage } from "../core/drafting/classify/classify-message";
import { readInbound } from "../core/drafting/draft-request";
import { fail, ok } from "../core/errors/codes";
import { asOfParam, defineRoute, jsonBody } from "./http";

defineRoute("messages-classify", { route: "messages/classify", methods: ["POST"], safe: true }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  const body = await jsonBody(ctx);
  if (!body.ok) return body;
  const problems: string[] = [];
  const inbound = readInbound(body.value ?? {}, problems);
  if (!inbound) return fail("VALIDATION", "the body must be {from, subject, body}", problems);
  return ok(
    await classifyMessage(inbound, {
      asOf: asOf.value,
      llmTimeoutMs: ctx.deps.config.llm.LLM_TIMEOUT_MS,
      log: (event, data) => ctx.invocation.log(event, JSON.stringify(data)),
      ...(ctx.deps.llm ? { llm: ctx.deps.llm } : {}),
    }),
  );
});
