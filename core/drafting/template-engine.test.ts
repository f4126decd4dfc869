import { describe, expect, it } from "vitest";
import { type DraftTemplate, fill, parseBody, validateTemplate } from "./template-engine";

const base: DraftTemplate = {
  id: "t1",
  purpose: "reminder",
  channel: "email",
  tone: "friendly",
  language: "en",
  subject: "Open: {{totalOutstanding}}",
  body: "Dear {{contactName}},\n\n{{invoiceTable}}\n\nRegards,\n{{senderName}}",
};

describe("validateTemplate (save time)", () => {
  it("accepts a template that uses known variables only", () => {
    expect(validateTemplate(base).ok).toBe(true);
  });

  it.each([
    ["an unknown variable", { body: "Dear {{customerName}}," }, "unknown variable {{customerName}}"],
    ["a misspelled one in the subject", { subject: "{{totalOutstandng}}" }, "subject: unknown variable"],
    ["unbalanced braces", { body: "Dear {{contactName}, hello" }, 'unbalanced "{{"'],
    ["a table inside a sentence", { body: "See {{invoiceTable}} below" }, "must be a paragraph of its own"],
    ["a table in the subject", { subject: "{{invoiceTable}}" }, "cannot appear in a subject"],
    ["a payment variable in a reminder", { body: "We got {{paymentAmount}}" }, "has no value in a reminder template"],
    ["an installment variable in a reminder", { body: "{{firstInstallmentAmount}}" }, "has no value in a reminder"],
    ["an empty body", { body: "  " }, "body: empty"],
  ])("rejects %s with a clear message", (_, change, message) => {
    const result = validateTemplate({ ...base, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe("VALIDATION");
      expect(result.message).toContain(message);
    }
  });

  it("rejects a table in an SMS", () => {
    const result = validateTemplate({ ...base, channel: "sms", body: "Hi\n\n{{invoiceTable}}" });
    expect(result.ok).toBe(false);
  });

  it("allows payment variables in a receipt and installments in a plan offer", () => {
    expect(
      validateTemplate({ ...base, purpose: "receipt", subject: "Thanks", body: "{{paymentAmount}} on {{paymentDate}}" })
        .ok,
    ).toBe(true);
    expect(
      validateTemplate({ ...base, purpose: "plan-offer", body: "{{installmentTable}}\n\n{{firstInstallmentDate}}" }).ok,
    ).toBe(true);
  });
});

describe("rendering", () => {
  it("throws on a missing value instead of writing a blank", () => {
    expect(() => fill("Dear {{contactName}}", {}, "t1")).toThrow(/t1 uses \{\{contactName\}\}/);
  });

  it("fills every variable, tolerating spaces inside braces", () => {
    expect(fill("{{ a }} and {{b}}", { a: "1", b: "2" }, "t")).toBe("1 and 2");
  });

  it("turns a table paragraph into a table block", () => {
    expect(parseBody(base.body).map((b) => b.kind)).toEqual(["text", "invoiceTable", "text"]);
  });
});
