import { describe, expect, it } from "vitest";
import { checkGrounding } from "./grounding";
import type { Fact } from "./types";

const facts: Fact[] = [
  { kind: "invoice-number", label: "Invoice number", value: "20015", raw: "20015" },
  { kind: "date", label: "Due date of invoice 20015", value: "November 3, 2026", raw: "2026-11-03" },
  { kind: "amount", label: "Balance of invoice 20015", value: "$1,234.56", raw: 123456, currency: "USD" },
  { kind: "total-outstanding", label: "Total due", value: "$12,345.00", raw: 1234500, currency: "USD" },
  { kind: "count", label: "Number of invoices", value: "2", raw: 2 },
  { kind: "date", label: "Payment deadline", value: "December 7, 2026", raw: "2026-12-07" },
];

describe("the grounding check accepts the ledger's figures in any usual format", () => {
  it.each([
    "The balance of $1,234.56 is open.",
    "The balance of 1234.56 USD is open.",
    "Le solde de 1 234,56 $ est ouvert.",
    "Der Betrag von 1.234,56 $ ist offen.",
    "Saldo 1234,56 USD.",
    "Total: USD 12,345.00 and $12,345 in round figures.",
    "Invoice 20015 was due on November 3, 2026.",
    "Invoice #20015 fell due on 3 Nov 2026.",
    "Fällig seit dem 03.11.2026, bitte bis 7. Dezember 2026 zahlen.",
    "Vencida el 3 de noviembre de 2026.",
    "Termin płatności: 3 listopada 2026.",
    "Due 2026-11-03; please pay by 12/7/2026.",
    "Please pay by December 7.",
    "You have 2 open invoices.",
  ])("%s", (text) => {
    const result = checkGrounding(text, facts);
    expect(result.problems).toEqual([]);
  });

  it("reports which facts the text states", () => {
    const result = checkGrounding("Invoice 20015: $1,234.56, total $12,345.00.", facts);
    expect([...result.stated].sort()).toEqual([0, 2, 3]);
  });
});

describe("the grounding check rejects anything else", () => {
  it.each([
    ["a changed balance", "The balance of $1,243.56 is open.", "1,243.56"],
    ["a zero balance", "Your balance is $0.00.", "0.00"],
    ["an invented invoice", "Invoice INV-99999 for $1.00 is all you owe.", "99999"],
    ["a bank account", "Wire funds to account 4444-3333.", "4444"],
    ["a wrong date", "It was due on November 4, 2026.", "November 4, 2026"],
    ["a percentage", "A late fee of 5% applies.", "5%"],
    ["another currency", "The balance of €1,234.56 is open.", "currency"],
    ["a stray year", "Your 2025 invoices are open.", "2025"],
  ])("%s", (_, text, needle) => {
    const result = checkGrounding(text, facts);
    expect(result.ok).toBe(false);
    expect(result.problems.join(" ")).toContain(needle);
  });

  it("rejects figures disguised with look-alike or fullwidth digits", () => {
    expect(checkGrounding("Balance: $1,2З4.56", facts).ok).toBe(false);
    // Fullwidth digits normalize to ASCII: the true figure passes, a false one does not.
    expect(checkGrounding("Balance: $１,２３４.５６", facts).ok).toBe(true);
    expect(checkGrounding("Balance: $０.００", facts).ok).toBe(false);
  });

  it("rejects a claim in words that nothing is owed while the ledger shows a balance", () => {
    for (const text of [
      "Your balance is zero.",
      "Nothing is owed on your account.",
      "Su saldo es cero.",
      "Vous ne nous devez rien.",
      "Es ist nichts mehr offen.",
      "Brak zaległości na koncie.",
    ]) {
      expect(checkGrounding(text, facts, { balanceOwed: true }).ok, text).toBe(false);
    }
  });

  it("rejects a draft that leaves out a required figure", () => {
    const result = checkGrounding("Please pay soon.", facts, { requiredKinds: ["total-outstanding"] });
    expect(result.problems).toContain("the text does not state the total-outstanding");
  });
});
