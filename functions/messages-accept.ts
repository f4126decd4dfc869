/**
 * POST /api/messages/accept: a person accepts (or corrects) the reading of a reply; the promise,
 * dispute or hardship is recorded, reminders pause where they must, and a suggested answer is drafted.
 */
import { acceptClassification } from "../core/drafting/accept-message";
import { readInbound } from "../core/drafting/draft-request";
import { fail } from "../core/errors/codes";
import { actionDeps, defineRoute, objectBody } from "./http";

defineRoute("messages-accept", { route: "messages/accept", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const problems: string[] = [];
  const inbound = readInbound(body.value.inbound ?? {}, problems);
  const clientId = body.value.clientId;
  if (typeof clientId !== "string" || !clientId) problems.push("clientId is required");
  if (!inbound || typeof clientId !== "string" || typeof body.value.classification !== "object") {
    return fail("VALIDATION", "the body must be {clientId, classification, inbound}", problems);
  }
  return acceptClassification(
    ctx.store,
    ctx.principal,
    { clientId, classification: body.value.classification, inbound },
    {
      ...actionDeps(ctx),
      llmTimeoutMs: ctx.deps.config.llm.LLM_TIMEOUT_MS,
      log: (event, data) => ctx.invocation.log(event, JSON.stringify(data)),
      ...(ctx.deps.llm ? { llm: ctx.deps.llm } : {}),
    },
  );
});
