/**
 * The engine's wording through the drafting module's `createDraft` (firm templates in the client's
 * language, compliance lint, facts from the ledger). The nightly run uses templates only: a language
 * model's personalization is one click away for the reviewer, and a batch of thousands of drafts
 * must not depend on it. If the drafting module cannot word a draft, the plain facts-only draft is
 * used with a warning, so a step is never lost to a template problem.
 */
import { createDraft } from "../../drafting/create-draft";
import { ok } from "../../errors/codes";
import type { TenantStore } from "../../ports/store.port";
import { workflowPrincipal } from "../engine/escalate";
import type { RenderDraft } from "../ports/render-draft.port";
import { basicRenderer } from "./basic-render";

export function draftingRenderer(store: TenantStore): RenderDraft {
  const principal = workflowPrincipal(store.tenantId);
  return async (request, context) => {
    const drafted = await createDraft(store, principal, request, {
      asOf: context.asOf,
      now: context.now,
      firm: { name: context.tenant.name },
    });
    if (drafted.ok) {
      const d = drafted.value;
      return ok({
        subject: d.subject,
        html: d.html,
        text: d.text,
        warnings: d.warnings,
        templateId: d.templateId,
        source: d.source,
        ...(d.letter ? { letter: d.letter } : {}),
        tone: d.tone,
        toneReason: d.toneReason,
      });
    }
    const plain = await basicRenderer(request, context);
    if (!plain.ok) return plain;
    const warning = { message: `the template draft was not available (${drafted.code}); a plain draft was used` };
    return ok({ ...plain.value, warnings: [...plain.value.warnings, warning] });
  };
}
