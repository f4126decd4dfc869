/**
 * POST /api/clients/{clientId}/drafts: a reviewable draft (email, SMS or letter) for a client the
 * caller may see. Letters also carry the PDF (`pdfBase64`). Nothing is sent from here.
 */
import { renderLetterPdf } from "../adapters/letters/letter-pdf";
import { createDraft } from "../core/drafting/create-draft";
import { readDraftRequest } from "../core/drafting/draft-request";
import { ok } from "../core/errors/codes";
import { asOfParam, defineRoute, jsonBody } from "./http";

defineRoute("drafts-create", { route: "clients/{clientId}/drafts", methods: ["POST"], safe: true }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  const body = await jsonBody(ctx);
  if (!body.ok) return body;
  const request = readDraftRequest(ctx.params.clientId ?? "", body.value);
  if (!request.ok) return request;
  const draft = await createDraft(ctx.store, ctx.principal, request.value, {
    asOf: asOf.value,
    now: ctx.deps.now().toISOString(),
    llmTimeoutMs: ctx.deps.config.llm.LLM_TIMEOUT_MS,
    // Ids and reason codes only: never client text.
    log: (event, data) => ctx.invocation.log(event, JSON.stringify(data)),
    ...(ctx.deps.llm ? { llm: ctx.deps.llm } : {}),
  });
  if (!draft.ok || draft.value.channel !== "letter") return draft;
  const tenant = await ctx.store.getTenant();
  const pdf = await renderLetterPdf(draft.value, { firmName: tenant?.name ?? "" });
  return ok({ ...draft.value, pdfBase64: pdf.toString("base64") });
});
