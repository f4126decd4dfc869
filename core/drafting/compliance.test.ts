import { describe, expect, it } from "vitest";
import { type LintInput, lintDraft } from "./compliance";
import { LANGUAGE_PACKS } from "./templates/catalog";
import { DEFAULT_POLICY } from "./types";

const en = LANGUAGE_PACKS.en;
const base: LintInput = {
  subject: "Payment reminder",
  text: "Dear client, the invoices below are open. Please pay by December 7, 2026.",
  html: "<p>Dear client</p>",
  channel: "email",
  purpose: "reminder",
  consumer: false,
  pack: en,
  policy: DEFAULT_POLICY,
};
const codes = (input: Partial<LintInput>) =>
  lintDraft({ ...base, ...input }).warnings.map((w) => `${w.severity}:${w.code}`);

describe("the compliance lint", () => {
  it("passes a plain, courteous reminder", () => {
    expect(codes({})).toEqual([]);
  });

  it.each([
    "If you do not pay we will sue.",
    "We will take legal action.",
    "Emprenderemos acciones legales.",
    "Nous engagerons des poursuites.",
    "Wir leiten rechtliche Schritte ein.",
    "Skierujemy sprawę do sądu.",
    "Your account goes to a collection agency.",
  ])("catches a threat: %s", (text) => {
    expect(codes({ text })).toContain("error:LINT_THREAT");
  });

  it("allows legal wording only in a final demand and only when the firm's policy does", () => {
    const text = "Without payment, the firm may take legal action.";
    expect(codes({ text, purpose: "final-demand" })).toContain("error:LINT_THREAT");
    expect(codes({ text, purpose: "reminder", policy: { allowLegalActionInFinalDemand: true } })).toContain(
      "error:LINT_THREAT",
    );
    expect(codes({ text, purpose: "final-demand", policy: { allowLegalActionInFinalDemand: true } })).toEqual([]);
  });

  it.each([
    "A lawsuit has been filed against you.",
    "We have commenced proceedings.",
    "You could be arrested.",
    "Hemos presentado una demanda.",
    "Wir haben Klage eingereicht.",
  ])("always refuses a false statement about legal action: %s", (text) => {
    const policy = { allowLegalActionInFinalDemand: true };
    expect(codes({ text, purpose: "final-demand", policy })).toContain("error:LINT_FALSE_LEGAL");
  });

  it.each([
    "Only a deadbeat ignores our letters.",
    "You should be ashamed; shame on you.",
    "We will tell your employer about this.",
    "Es una vergüenza.",
    "Quelle honte.",
    "Sie sind ein Betrüger.",
    "To wstyd.",
  ])("catches harassment or shaming: %s", (text) => {
    expect(codes({ text })).toContain("error:LINT_HARASSMENT");
  });

  it("warns about shouting", () => {
    expect(codes({ text: "PAY THIS INVOICE IMMEDIATELY please" })).toContain("warning:LINT_SHOUTING");
    expect(codes({ text: "Please pay!!" })).toContain("warning:LINT_SHOUTING");
  });

  it("refuses links and addresses the draft was not given", () => {
    expect(codes({ text: "Wire funds to evil-bank.test today." })).toContain("error:LINT_LINK");
    expect(codes({ text: "Pay at https://pay.example/now" })).toContain("error:LINT_LINK");
  });

  it("requires the consumer notice on consumer email and letters", () => {
    expect(codes({ consumer: true })).toContain("error:LINT_CONSUMER_NOTICE");
    expect(codes({ consumer: true, channel: "letter" })).toContain("error:LINT_CONSUMER_NOTICE");
    expect(codes({ consumer: true, text: `${base.text}\n\n${en.consumerNotice}` })).toEqual([]);
  });

  it("keeps consumer SMS to 08:00-21:00 local time, with the opt-out wording", () => {
    const sms = { consumer: true, channel: "sms" as const, text: `Reminder from the firm. ${en.smsOptOut}` };
    expect(codes({ ...sms, localHour: 7 })).toContain("error:LINT_QUIET_HOURS");
    expect(codes({ ...sms, localHour: 21 })).toContain("error:LINT_QUIET_HOURS");
    expect(codes({ ...sms, localHour: 8 })).toEqual([]);
    expect(codes({ ...sms, localHour: 20 })).toEqual([]);
    expect(codes(sms)).toContain("warning:LINT_LOCAL_TIME_UNKNOWN");
    expect(codes({ ...sms, localHour: 12, text: "Reminder from the firm." })).toContain("error:LINT_CONSUMER_OPT_OUT");
    // Business clients are not subject to the consumer rules.
    expect(codes({ ...sms, consumer: false, localHour: 23 })).toEqual([]);
  });

  it("limits SMS to three parts", () => {
    expect(codes({ channel: "sms", text: "a".repeat(160) })).toEqual([]);
    expect(codes({ channel: "sms", text: "a".repeat(161) })).toEqual(["info:LINT_SMS_PARTS"]);
    expect(codes({ channel: "sms", text: "a".repeat(459) })).toEqual(["info:LINT_SMS_PARTS"]);
    expect(codes({ channel: "sms", text: "a".repeat(460) })).toEqual(["error:LINT_SMS_TOO_LONG"]);
    expect(codes({ channel: "sms", text: "ł".repeat(202) })).toEqual(["error:LINT_SMS_TOO_LONG"]);
  });

  it("sanitizes the HTML and reports what it removed", () => {
    const result = lintDraft({ ...base, html: '<p onmouseover="x()">Hi</p><img src="https://t.example/p.gif">' });
    expect(result.html).toBe("<p>Hi</p>");
    expect(result.warnings.map((w) => w.code)).toContain("LINT_HTML_SANITIZED");
  });

  it("refuses to draft for a client whose contacts opted out", () => {
    expect(codes({ optedOut: true })).toContain("error:LINT_OPTED_OUT");
  });
});
