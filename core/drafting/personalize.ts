/**
 * The LLM path of a draft: ask for personalized wording, then distrust the answer. The output must
 * have the expected shape and pass the grounding check against the facts; anything else is
 * reported as a warning so the caller falls back to the template. Never throws for model trouble.
 */
import { checkGrounding } from "./grounding";
import { type LlmPort, llmFailureReason } from "./llm.port";
import { DRAFT_JSON_SCHEMA, DRAFT_SCHEMA_NAME, draftSystemPrompt, draftUserPrompt, type PromptInput } from "./prompt";
import type { DraftWarning, FactKind } from "./types";

export interface PersonalizeInput extends PromptInput {
  llm: LlmPort;
  timeoutMs: number;
  requiredKinds: FactKind[];
  balanceOwed: boolean;
}

export type Personalized =
  | { ok: true; subject: string; paragraphs: string[]; stated: Set<number>; model: string }
  | { ok: false; reason: string; warning: DraftWarning };

const fallback = (reason: string, message: string): Personalized => ({
  ok: false,
  reason,
  warning: { code: "LLM_FALLBACK", severity: "warning", message: `${message}; the template draft is shown instead` },
});

function readOutput(output: unknown): { subject: string; paragraphs: string[] } | undefined {
  if (typeof output !== "object" || output === null) return undefined;
  const { subject, paragraphs } = output as { subject?: unknown; paragraphs?: unknown };
  if (typeof subject !== "string" || subject.length > 200 || !Array.isArray(paragraphs)) return undefined;
  if (paragraphs.length < 1 || paragraphs.length > 8) return undefined;
  if (!paragraphs.every((p) => typeof p === "string" && p.trim() !== "" && p.length <= 1500)) return undefined;
  return { subject: subject.trim(), paragraphs: (paragraphs as string[]).map((p) => p.trim()) };
}

export async function personalize(input: PersonalizeInput): Promise<Personalized> {
  const answer = await input.llm.complete({
    system: draftSystemPrompt(),
    user: draftUserPrompt(input),
    schemaName: DRAFT_SCHEMA_NAME,
    jsonSchema: DRAFT_JSON_SCHEMA,
    timeoutMs: input.timeoutMs,
  });
  if (!answer.ok) {
    const reason = llmFailureReason(answer.details);
    return fallback(reason, `the language model was not available (${reason})`);
  }
  const draft = readOutput(answer.value.output);
  if (!draft) return fallback("invalid-output", "the language model's answer did not have the expected shape");
  const grounding = checkGrounding([draft.subject, ...draft.paragraphs].join("\n\n"), input.facts, {
    requiredKinds: input.requiredKinds,
    balanceOwed: input.balanceOwed,
  });
  if (!grounding.ok) {
    return fallback("ungrounded", `the generated draft was rejected: ${grounding.problems.slice(0, 3).join("; ")}`);
  }
  return { ok: true, ...draft, stated: grounding.stated, model: answer.value.model };
}
