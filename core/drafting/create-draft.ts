/**
 * The `createDraft` use case: the one function the HTTP route, the task pane and the workflow engine
 * call to draft a reminder, reply, receipt, plan offer, partner letter or final demand. The tone and
 * the reason for it come from one rule (`tone.ts`); a reply to an accepted reading of the client's
 * email has that reading's own wording. The template draft is always built; with a language model
 * configured, a personalized draft (in the same tone) replaces it only if it states nothing but
 * ledger facts and passes the compliance lint. Nothing is sent from here.
 */
import type { IsoDate, IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { loadDraftContext } from "./draft-context";
import { factVariables } from "./facts";
import { finishDraft } from "./finish-draft";
import type { LlmPort } from "./llm.port";
import { personalize } from "./personalize";
import { buildTables, renderTemplate, statedFacts } from "./render-template";
import { replySubject } from "./reply-subject";
import { requiredFactKinds } from "./template-engine";
import {
  CHANNELS,
  DEFAULT_POLICY,
  type Draft,
  type DraftPolicy,
  DRAFT_PURPOSES,
  type DraftRequest,
  type DraftWarning,
  type Fact,
  type LetterBlock,
} from "./types";

export type { Draft, DraftRequest } from "./types";

export interface CreateDraftDeps {
  asOf: IsoDate;
  llm?: LlmPort;
  firm?: { name: string };
  /** Current instant, for the recipient's local hour (quiet hours). */
  now?: IsoInstant;
  policy?: DraftPolicy;
  /** Bound on the model call; the template is returned when it runs out. */
  llmTimeoutMs?: number;
  /** Receives ids and codes only, never client text. */
  log?: (event: string, data: Record<string, string | number>) => void;
}

export const DEFAULT_LLM_TIMEOUT_MS = 6000;

/**
 * Drafts one message for a client the principal may see (others are "not found"). Every figure in
 * the result is listed in `facts`; every fallback and lint finding is in `warnings`.
 */
export async function createDraft(
  store: TenantStore,
  principal: Principal,
  request: DraftRequest,
  deps: CreateDraftDeps,
): Promise<Result<Draft>> {
  if (!DRAFT_PURPOSES.includes(request.purpose) || !CHANNELS.includes(request.channel)) {
    return fail("VALIDATION", "unknown purpose or channel");
  }
  const loaded = await loadDraftContext(store, principal, request, deps);
  if (!loaded.ok) return loaded;
  const ctx = loaded.value;
  const policy = deps.policy ?? DEFAULT_POLICY;
  const tables = buildTables(ctx.facts, ctx.pack, ctx.locale);
  const rendered = renderTemplate(ctx.template, { values: { ...factVariables(ctx.facts), ...ctx.names }, tables });
  const subject = request.purpose === "reply" ? replySubject(ctx, rendered.subject) : rendered.subject;
  const templateFacts = statedFacts(ctx.facts, rendered.used);
  const template = finishDraft(ctx, request, policy, subject, rendered.blocks, templateFacts, "template");
  if (!deps.llm) return ok(template);

  const tableFacts = ctx.facts.entries.filter((e) => e.block && rendered.used.has(e.block)).map((e) => e.fact);
  // The model may state what the template states, and how late the oldest invoice is when the
  // template speaks of the balance; a reply that states no figure (a dispute, a wrong contact) gets none.
  const lateness = templateFacts.some((f) => f.kind === "total-outstanding")
    ? ctx.facts.entries.filter((e) => e.fact.kind === "days-past-due").map((e) => e.fact)
    : [];
  const allowed = [...templateFacts, ...lateness];
  const generated = await personalize({
    llm: deps.llm,
    timeoutMs: deps.llmTimeoutMs ?? DEFAULT_LLM_TIMEOUT_MS,
    purpose: request.purpose,
    channel: request.channel,
    tone: ctx.tone,
    ...(ctx.toneDecision.note ? { toneNote: ctx.toneDecision.note } : {}),
    ...(ctx.replyKind ? { replyKind: ctx.replyKind } : {}),
    language: ctx.language,
    ...ctx.names,
    facts: allowed,
    requiredKinds: requiredFactKinds(ctx.template),
    balanceOwed: ctx.facts.totalMinor > 0,
    ...(ctx.inbound ? { inbound: ctx.inbound } : {}),
  });
  const fallBack = (reason: string, warning: DraftWarning): Result<Draft> => {
    deps.log?.("draft.fallback", { clientId: ctx.client.id, reason });
    return ok({ ...template, warnings: [...template.warnings, warning] });
  };
  if (!generated.ok) return fallBack(generated.reason, generated.warning);

  const tablesUsed = rendered.blocks.filter((b) => b.kind === "table");
  const signature = [...rendered.blocks].reverse().find((b) => b.kind === "text");
  const [first, ...rest] = generated.paragraphs.map((text): LetterBlock => ({ kind: "text", text }));
  const blocks =
    request.channel === "sms" ? [first!, ...rest] : [first!, ...tablesUsed, ...rest, ...(signature ? [signature] : [])];
  const facts = unique([...allowed.filter((_, i) => generated.stated.has(i)), ...tableFacts]);
  const llmDraft = finishDraft(ctx, request, policy, generated.subject, blocks, facts, "llm", generated.model);
  const templateCodes = new Set(template.warnings.filter((w) => w.severity === "error").map((w) => w.code));
  const newErrors = llmDraft.warnings.filter((w) => w.severity === "error" && !templateCodes.has(w.code));
  if (newErrors.length) {
    return fallBack("lint", {
      code: "LLM_FALLBACK",
      severity: "warning",
      message: `the generated draft failed the compliance lint (${newErrors.map((w) => w.code).join(", ")}); the template draft is shown instead`,
    });
  }
  return ok(llmDraft);
}

function unique(facts: Fact[]): Fact[] {
  return [...new Set(facts)];
}
