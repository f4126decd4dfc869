/**
 * The last step of every draft, template or generated: compose text and HTML, add required wording,
 * run the compliance lint, sanitize the HTML and, for letters, lay out the page.
 */
import { lintDraft } from "./compliance";
import { composeDraft } from "./compose";
import type { DraftContext } from "./draft-context";
import { displayDate } from "./locale";
import type { Draft, DraftPolicy, DraftRequest, Fact, LetterBlock } from "./types";

export function finishDraft(
  ctx: DraftContext,
  request: DraftRequest,
  policy: DraftPolicy,
  subject: string,
  blocks: LetterBlock[],
  facts: Fact[],
  source: Draft["source"],
  model?: string,
): Draft {
  const consumer = ctx.client.consumer === true;
  const composed = composeDraft({ subject, blocks, channel: request.channel, pack: ctx.pack, consumer });
  const optedOut = ctx.client.contacts.length > 0 && ctx.client.contacts.every((c) => c.optOut);
  const lint = lintDraft({
    ...composed,
    channel: request.channel,
    purpose: request.purpose,
    consumer,
    pack: ctx.pack,
    policy,
    optedOut,
    ...(ctx.localHour === undefined ? {} : { localHour: ctx.localHour }),
  });
  const warnings = [...ctx.warnings, ...lint.warnings];
  const draft: Draft = {
    clientId: ctx.client.id,
    purpose: request.purpose,
    channel: request.channel,
    ...(ctx.replyKind ? { replyKind: ctx.replyKind } : {}),
    tone: ctx.template.tone,
    toneReason: ctx.toneDecision.reason,
    language: ctx.language,
    subject: composed.subject,
    html: lint.html,
    text: composed.text,
    facts,
    warnings,
    source,
    templateId: ctx.template.id,
    sendable: !warnings.some((w) => w.severity === "error"),
    asOf: ctx.summary.asOf,
  };
  if (model) draft.modelVersion = model;
  if (request.channel === "letter") {
    const dateLine = displayDate(ctx.summary.asOf, ctx.locale);
    draft.facts = [...facts, { kind: "date", label: "Letter date", value: dateLine, raw: ctx.summary.asOf }];
    draft.letter = {
      dateLine,
      addressLines: ctx.client.address?.length ? ctx.client.address : [ctx.client.name],
      blocks: composed.blocks,
    };
  }
  return draft;
}
