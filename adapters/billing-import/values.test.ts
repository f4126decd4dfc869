import { describe, expect, it } from "vitest";
import { isPublicMailDomain, isTotalRow, readDelivery, readEbillingStatus, readEmails, readYesNo } from "./values";

describe("cell readers", () => {
  it.each([
    ["Yes", true],
    ["no", false],
    ["TRUE", true],
    ["false", false],
    ["1", true],
    ["0", false],
    ["Y", true],
    ["n", false],
    ["", undefined],
  ])("disputed %j → %s", (text, value) => expect(readYesNo("disputed", text)).toEqual({ ok: true, value }));

  it("refuses other flags", () => {
    expect(readYesNo("disputed", "maybe")).toEqual({
      ok: false,
      reason: 'disputed "maybe" is not Yes/No, true/false, Y/N or 1/0',
    });
  });

  it.each([
    ["Paper", "paper"],
    ["Electronic", "electronic"],
    ["email", "electronic"],
    ["Portal", "portal"],
    ["e-billing", "portal"],
    ["eBilling", "portal"],
    ["", undefined],
  ])("delivery %j → %s", (text, value) => expect(readDelivery(text)).toEqual({ ok: true, value }));

  it.each([
    ["Submitted", { ok: true, value: "submitted" }],
    ["accepted", { ok: true, value: "accepted" }],
    ["REJECTED", { ok: true, value: "rejected" }],
    ["pending", { ok: false, reason: 'ebilling_status "pending" is not submitted, accepted or rejected' }],
  ])("ebilling_status %j", (text, want) => expect(readEbillingStatus(text)).toEqual(want));

  it.each([
    ["AP@Acme.com", { ok: true, value: ["ap@acme.com"] }],
    ["a@x.com; b@y.org", { ok: true, value: ["a@x.com", "b@y.org"] }],
    ["a@x.com, nobody", { ok: false, reason: 'contact_email "nobody" is not an email address' }],
  ])("contact_email %j", (text, want) => expect(readEmails(text)).toEqual(want));
});

describe("isPublicMailDomain", () => {
  it.each([
    ["gmail.com", true],
    ["outlook.com", true],
    ["yahoo.co.uk", true],
    ["hotmail.com", true],
    ["gmx.de", true],
    ["att.net", true],
    ["acme.com", false],
    ["gmail.acme.com", false],
    ["att.com", false],
    ["mail.acme.com", false],
  ])("%s → %s", (domain, want) => expect(isPublicMailDomain(domain)).toBe(want));
});

describe("isTotalRow", () => {
  it.each([
    [["Total", "", "", "1,234.00"], "", "", true],
    [["Subtotal", "", ""], "", "", true],
    [["", "Grand Total", ""], "", "", true],
    [["Acme Corp total:", "", ""], "", "", true],
    [["Grand total", "", ""], "Grand total", "", true],
    [["Acme", "", ""], "Acme", "", false],
    [["C1", "INV-1", "Total"], "C1", "INV-1", false],
    [["", "", ""], "", "", false],
  ])("%j → %s", (fields, clientId, number, want) => expect(isTotalRow(fields, clientId, number)).toBe(want));
});
