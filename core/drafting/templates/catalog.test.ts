import { beforeAll, describe, expect, it } from "vitest";
import { AS_OF, MANAGER, demoStore } from "../../../test/support/drafting-store";
import type { TenantStore } from "../../ports/store.port";
import { createDraft } from "../create-draft";
import { checkGrounding } from "../grounding";
import { SUPPORTED_LANGUAGES } from "../locale";
import { smsLength } from "../sms";
import { validateTemplate } from "../template-engine";
import { CHANNELS, DRAFT_PURPOSES, TONES } from "../types";
import { builtinTemplate } from "./catalog";

let store: TenantStore;
beforeAll(async () => {
  store = await demoStore();
});

const combos = SUPPORTED_LANGUAGES.flatMap((language) =>
  DRAFT_PURPOSES.flatMap((purpose) =>
    CHANNELS.flatMap((channel) => TONES.map((tone) => ({ language, purpose, channel, tone }))),
  ),
);

describe("the built-in catalog", () => {
  it("has a valid template for all 270 language × purpose × channel × tone combinations", () => {
    expect(combos).toHaveLength(270);
    for (const c of combos) {
      const template = builtinTemplate(c.purpose, c.channel, c.tone, c.language);
      expect(template.language).toBe(c.language);
      expect(validateTemplate(template).ok, template.id).toBe(true);
    }
  });

  it("resolves a tone a purpose lacks to the nearest one", () => {
    expect(builtinTemplate("receipt", "email", "final", "de").tone).toBe("friendly");
    expect(builtinTemplate("final-demand", "sms", "friendly", "pl").tone).toBe("final");
    expect(builtinTemplate("reply", "email", "final", "fr").tone).toBe("firm");
  });
});

describe("every template renders for a real client", () => {
  // CL-1006 has several overdue invoices and a payment history (English client; language is forced).
  it.each(combos)("$language $purpose $channel $tone", async ({ language, purpose, channel, tone }) => {
    const result = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1006", purpose, channel, tone, language, recipientLocalHour: 12 },
      { asOf: AS_OF },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const draft = result.value;
    expect(draft.language).toBe(language);
    expect(draft.source).toBe("template");
    expect(`${draft.subject}${draft.text}${draft.html}`).not.toMatch(/\{\{|\}\}|undefined|NaN/);
    expect(draft.facts.length).toBeGreaterThan(0);
    // A template states nothing but ledger facts: the grounding check holds for templates too.
    const grounding = checkGrounding(`${draft.subject}\n${draft.text}`, draft.facts);
    expect(grounding.problems).toEqual([]);
    expect(draft.warnings.filter((w) => w.severity === "error")).toEqual([]);
    if (channel === "sms") expect(smsLength(draft.text).segments).toBeLessThanOrEqual(3);
    if (channel === "letter") expect(draft.letter?.blocks.length).toBeGreaterThan(0);
    for (const fact of draft.facts.filter((f) => f.label !== "Letter date")) {
      expect(`${draft.subject}\n${draft.text}`).toContain(fact.value);
    }
  });
});
