import { extractText } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { AS_OF, MANAGER, demoStore } from "../../test/support/drafting-store";
import { createDraft } from "../../core/drafting/create-draft";
import type { Draft } from "../../core/drafting/types";
import type { TenantStore } from "../../core/ports/store.port";
import { pdfToText } from "../../test/support/pdf-text";
import { renderLetterPdf } from "./letter-pdf";
import { toWinAnsi } from "./pdf-fonts";

let store: TenantStore;
beforeAll(async () => {
  store = await demoStore();
});

async function letter(clientId: string, purpose: Draft["purpose"], language?: string): Promise<Draft> {
  const r = await createDraft(
    store,
    MANAGER,
    { clientId, purpose, channel: "letter", ...(language ? { language } : {}) },
    { asOf: AS_OF },
  );
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  // PDF text extraction loses the no-break spaces locales put in figures.
  return text.replace(/[\u00a0\u202f]/g, " ");
}
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("letters render to PDF", () => {
  it("carries the letterhead, date, address block, subject and every fact", async () => {
    const draft = await letter("CL-1006", "final-demand");
    const pdf = await renderLetterPdf(draft, {
      firmName: "Hartwell & Pryce LLP",
      lines: ["1 Liberty Plaza, New York, NY 10006"],
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(text).toContain("Hartwell & Pryce LLP");
    expect(text).toContain("1 Liberty Plaza");
    expect(text).toContain("November 23, 2026");
    for (const line of draft.letter!.addressLines) expect(text).toContain(line);
    expect(text).toContain(draft.subject);
    expect(draft.facts.length).toBeGreaterThan(3);
    for (const fact of draft.facts) expect(text, fact.label).toContain(plain(fact.value));
  });

  it("prints the installment table of a plan offer", async () => {
    const draft = await letter("CL-1012", "plan-offer");
    const text = await pdfText(await renderLetterPdf(draft, { firmName: "Hartwell & Pryce LLP" }));
    for (const fact of draft.facts.filter((f) => f.kind === "installment")) expect(text).toContain(fact.value);
    expect(text).toContain("within thirty days"); // consumer client: the required notice is printed too
  });

  it("with the standard fonts, keeps figures exact and strips only what Windows-1252 cannot print", async () => {
    const draft = await letter("CL-1006", "reminder", "pl");
    const text = await pdfText(await renderLetterPdf(draft, { firmName: "Kancelaria Łódź" }, { fonts: "standard" }));
    expect(text).toContain("Kancelaria Lódz"); // "ó" is in Windows-1252, "ł" and "ź" are not
    for (const fact of draft.facts) expect(text, fact.label).toContain(toWinAnsi(plain(fact.value)));
    expect(toWinAnsi("Zażółć gęślą jaźń — 1 234,56 €")).toBe("Zazólc gesla jazn — 1 234,56 €");
  });

  it("prints Polish exactly in the bundled Unicode font by default (read back with pdftotext)", async () => {
    const draft = await letter("CL-1006", "reminder", "pl");
    const pdf = await renderLetterPdf(draft, {
      firmName: "Kancelaria Łódź Żółkiewski i Wspólnicy",
      lines: ["ul. Świętokrzyska 18, 00-052 Warszawa"],
    });
    const text = pdfToText(pdf);
    expect(text).toContain("Kancelaria Łódź Żółkiewski i Wspólnicy");
    expect(text).toContain("ul. Świętokrzyska 18");
    expect(text).toContain("Szanowni Państwo");
    expect(text).toContain(plain(draft.subject));
    for (const fact of draft.facts) expect(text, fact.label).toContain(plain(fact.value));
    const words = draft.text.match(/\p{L}*[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]\p{L}*/gu) ?? [];
    expect(words.length).toBeGreaterThan(3);
    for (const word of words) expect(text).toContain(word);
  });

  it("prints a letter from its text alone when it has no layout (a plain queued draft)", async () => {
    const pdf = await renderLetterPdf(
      {
        subject: "Przypomnienie o płatności",
        asOf: "2026-11-23",
        text: "Szanowni Państwo,\n\nFaktura 20106: 1 234,56 zł.\n\nKancelaria",
      },
      { firmName: "Kancelaria Łódź" },
      { size: "A4" },
    );
    const text = pdfToText(pdf);
    for (const line of ["Przypomnienie o płatności", "2026-11-23", "Szanowni Państwo,", "Faktura 20106: 1 234,56 zł."])
      expect(text).toContain(line);
  });
});
