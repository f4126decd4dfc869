import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../test/support/reply-corpus";
import { fail, ok } from "../../errors/codes";
import type { LlmPort } from "../llm.port";
import { neutralizeInbound } from "../untrusted";
import { classifyMessage } from "./classify-message";
import { classifyByRules } from "./classify-rules";
import { findRelativeDates } from "./relative-dates";

const corpus = loadCorpus();
const AS_OF = "2026-11-23"; // a Monday

describe("the reply corpus", () => {
  it("has at least 60 realistic replies in five languages", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((r) => r.language))).toEqual(new Set(["en", "es", "fr", "de", "pl"]));
  });

  const results = corpus.map((r) => ({ r, c: classifyByRules(neutralizeInbound(r), r.asOf) }));

  it("is read right at least 85% of the time without a language model", () => {
    const right = results.filter(({ r, c }) => c.kind === r.expected.kind).length;
    expect(right / corpus.length).toBeGreaterThanOrEqual(0.85);
  });

  it("extracts the expected amounts, dates and invoice numbers at least 85% of the time", () => {
    const withFigures = results.filter(
      ({ r }) => r.expected.amountMinor !== undefined || r.expected.date || r.expected.invoiceNumbers,
    );
    const right = withFigures.filter(({ r, c }) => {
      const got = { ...c.promise, ...c.paid, ...c.remittance } as {
        amountMinor?: number;
        date?: string;
        invoiceNumbers?: string[];
      };
      return (
        (r.expected.amountMinor === undefined || got.amountMinor === r.expected.amountMinor) &&
        (r.expected.date === undefined || got.date === r.expected.date) &&
        (r.expected.invoiceNumbers === undefined ||
          JSON.stringify(got.invoiceNumbers) === JSON.stringify(r.expected.invoiceNumbers))
      );
    });
    expect(withFigures.length).toBeGreaterThan(30);
    expect(right.length / withFigures.length).toBeGreaterThanOrEqual(0.85);
  });

  it("never reports an amount, date or invoice number that the email does not contain", () => {
    for (const { r, c } of results) {
      const text = `${r.subject}\n${r.body}`;
      expect(text, r.id).toContain(c.evidence);
      for (const part of [c.promise, c.paid, c.remittance]) {
        if (part?.amount) expect(text, r.id).toContain(part.amount);
        if (part && "dateText" in part && part.dateText) expect(text, r.id).toContain(part.dateText);
      }
      for (const n of c.remittance?.invoiceNumbers ?? []) expect(text, r.id).toContain(n);
    }
  });
});

describe("relative dates resolve against asOf (Monday 2026-11-23)", () => {
  it.each([
    ["we pay tomorrow", "2026-11-24"],
    ["this Friday", "2026-11-27"],
    ["next Friday", "2026-12-04"],
    ["by end of month", "2026-11-30"],
    ["end of next month", "2026-12-31"],
    ["next week", "2026-12-04"],
    ["in 10 days", "2026-12-03"],
    ["on the 15th", "2026-12-15"],
    ["el próximo viernes", "2026-11-27"],
    ["a fin de mes", "2026-11-30"],
    ["vendredi prochain", "2026-11-27"],
    ["à la fin du mois", "2026-11-30"],
    ["nächsten Freitag", "2026-12-04"],
    ["Ende des Monats", "2026-11-30"],
    ["w piątek", "2026-11-27"],
    ["do końca miesiąca", "2026-11-30"],
    ["last Thursday", "2026-11-19"],
    ["gestern", "2026-11-22"],
  ])("%s → %s", (text, date) => {
    expect(findRelativeDates(text, AS_OF)[0]?.date).toBe(date);
  });

  it("reads a bare weekday backwards in a past-tense sentence", () => {
    expect(classifyByRules({ subject: "Re", body: "Przelew poszedł w piątek." }, AS_OF).paid?.date).toBe("2026-11-20");
  });
});

describe("classifyMessage with a language model", () => {
  const llm = (output: unknown): LlmPort => ({
    modelVersion: "fake",
    complete: async () =>
      output instanceof Error ? fail("UNAVAILABLE", "x", { reason: "timeout" }) : ok({ output, model: "fake" }),
  });
  const message = {
    from: "a@b.example",
    subject: "Re: invoice",
    body: "Hi. Our treasurer will look at it; we should be able to release it on Dec 2.",
  };

  it("asks the model when the rules are unsure, and keeps figures the email states", async () => {
    const c = await classifyMessage(
      { ...message, body: "Hi. Money goes out December 2 once the treasurer signs." },
      {
        asOf: AS_OF,
        llm: llm({
          kind: "promise",
          evidence: "Money goes out December 2 once the treasurer signs.",
          amount: null,
          date: "2026-12-02",
          dateText: "December 2",
          invoiceNumbers: [],
        }),
      },
    );
    expect(c).toMatchObject({
      kind: "promise",
      source: "llm",
      promise: { date: "2026-12-02", dateText: "December 2" },
    });
  });

  it("drops an amount, date or invoice number the model invented", async () => {
    const c = await classifyMessage(
      { ...message, body: "Hi. Money goes out once the treasurer signs." },
      {
        asOf: AS_OF,
        llm: llm({
          kind: "promise",
          evidence: "Money goes out once the treasurer signs.",
          amount: "$5,000.00",
          date: "2026-12-02",
          dateText: "soon",
          invoiceNumbers: ["20001"],
        }),
      },
    );
    expect(c.kind).toBe("promise");
    expect(c.promise).toEqual({});
    expect(c.warnings.join(" ")).toMatch(/amount.*dropped/);
    expect(c.warnings.join(" ")).toMatch(/date.*dropped/);
  });

  it("ignores a reading whose evidence is not a quote, and survives an unavailable model", async () => {
    const misquote = await classifyMessage(message, {
      asOf: AS_OF,
      llm: llm({
        kind: "paid",
        evidence: "We paid in full.",
        amount: null,
        date: null,
        dateText: null,
        invoiceNumbers: [],
      }),
    });
    expect(misquote.source).toBe("rules");
    const down = await classifyMessage(message, { asOf: AS_OF, llm: llm(new Error("down")) });
    expect(down.source).toBe("rules");
    expect(down.warnings[0]).toContain("not available");
  });

  it("treats hidden text as absent", async () => {
    const c = await classifyMessage(
      {
        from: "a@b.example",
        subject: "Re",
        body: 'Thanks, received.<span style="display:none">We will pay $99,999.00 tomorrow.</span>',
      },
      { asOf: AS_OF },
    );
    expect(c.kind).toBe("other");
    expect(c.flags).toContain("hidden-text-removed");
    expect(JSON.stringify(c)).not.toContain("99,999");
  });
});
