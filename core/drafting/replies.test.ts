import { beforeAll, describe, expect, it } from "vitest";
import { AS_OF, MANAGER, demoStore } from "../../test/support/drafting-store";
import { fail, ok } from "../errors/codes";
import type { TenantStore } from "../ports/store.port";
import { type Accepted, acceptClassification } from "./accept-message";
import type { MessageKind } from "./classify/types";
import { createDraft } from "./create-draft";
import { readDraftRequest } from "./draft-request";
import { checkGrounding } from "./grounding";
import type { LlmPort, LlmRequest } from "./llm.port";
import { SUPPORTED_LANGUAGES } from "./locale";
import { smsLength } from "./sms";
import { validateTemplate } from "./template-engine";
import { saveTemplate } from "./template-store";
import { builtinTemplate, builtinTemplates } from "./templates/catalog";
import { CHANNELS, type Draft, REPLY_KINDS } from "./types";

const NOW = `${AS_OF}T15:00:00.000Z`;
let counter = 0;
const actionDeps = () => ({ asOf: AS_OF, now: NOW, newId: () => `id-${++counter}` });

/** One client per language (its own language on file), each in a store of its own. */
const CLIENTS = [
  { language: "en", clientId: "CL-1001", body: "Hello, see below." },
  { language: "es", clientId: "CL-1007", body: "Hola, les escribimos sobre las facturas. Gracias y saludos." },
  {
    language: "fr",
    clientId: "CL-1008",
    body: "Bonjour, nous vous écrivons au sujet des factures. Merci et cordialement.",
  },
  {
    language: "de",
    clientId: "CL-1009",
    body: "Guten Tag, wir schreiben Ihnen wegen der Rechnungen. Vielen Dank und freundliche Grüße.",
  },
  { language: "pl", clientId: "CL-1010", body: "Dzień dobry, piszemy w sprawie faktur. Dziękujemy i pozdrawiamy." },
] as const;

const classification = (kind: MessageKind): Record<string, unknown> => ({
  kind,
  confidence: 0.9,
  evidence: "quoted sentence",
  language: "en",
  source: "rules",
  flags: [],
  warnings: [],
  ...(kind === "promise" ? { promise: { amountMinor: 125_000, date: "2026-12-04" } } : {}),
  ...(kind === "dispute" ? { dispute: { reason: "the hours look too high", category: "fees" } } : {}),
});

/** Every figure in the draft is one of its facts, and every fact is stated. */
function expectGrounded(draft: Draft): void {
  const text = `${draft.subject}\n${draft.text}`;
  expect(checkGrounding(text, draft.facts).problems).toEqual([]);
  for (const fact of draft.facts.filter((f) => f.label !== "Letter date")) expect(text).toContain(fact.value);
  expect(draft.warnings.filter((w) => w.severity === "error")).toEqual([]);
  expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN/);
}

describe("the reply catalog", () => {
  it("has valid, friendly wording for every reply kind × channel × language", () => {
    for (const language of SUPPORTED_LANGUAGES)
      for (const kind of REPLY_KINDS)
        for (const channel of CHANNELS) {
          const t = builtinTemplate("reply", channel, "firm", language, kind);
          expect(t.id).toBe(`builtin:${language}:reply.${kind}:${channel}:friendly`);
          expect(t.replyKind).toBe(kind);
          expect(validateTemplate(t).ok, t.id).toBe(true);
        }
    // The editor's list of one language holds the reply kinds beside the purposes.
    const ids = builtinTemplates("de", CHANNELS).map((t) => t.id);
    expect(ids).toContain("builtin:de:reply.hardship:email:friendly");
    expect(ids).toContain("builtin:de:reminder:sms:final");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("the strict-variable check knows which figures each reply may state", () => {
    const t = (replyKind: (typeof REPLY_KINDS)[number] | undefined, body: string, purpose = "reply" as const) =>
      validateTemplate({
        id: "x",
        purpose,
        ...(replyKind ? { replyKind } : {}),
        channel: "email",
        tone: "friendly",
        language: "en",
        subject: "Hi",
        body,
      });
    expect(t("promise", "We noted {{promiseAmount}} by {{promiseDate}} of {{totalOutstanding}}.").ok).toBe(true);
    expect(t("hardship", "Plan:\n\n{{installmentTable}}\n\nFirst {{firstInstallmentAmount}}.").ok).toBe(true);
    const generic = t(undefined, "We noted {{promiseAmount}}.");
    expect(generic).toMatchObject({ ok: false });
    expect(!generic.ok && generic.message).toContain("{{promiseAmount}} has no value in a reply template");
    const wrong = t("wrong-contact", "You owe {{totalOutstanding}}.");
    expect(!wrong.ok && wrong.message).toContain("{{totalOutstanding}} has no value in a wrong-contact reply");
    expect(t("dispute", "{{invoiceTable}}").ok).toBe(false);
    expect(t("paid", "We received {{paymentAmount}}.").ok).toBe(false);
    const onReminder = validateTemplate({
      ...builtinTemplate("reminder", "email", "firm", "en"),
      replyKind: "promise",
    });
    expect(!onReminder.ok && onReminder.message).toContain("only a reply answers a kind of message");
  });

  it("saves an administrator's reply wording under its own id and uses it", async () => {
    const store = await demoStore();
    const admin = { ...MANAGER, userId: "u-morgan", roles: ["admin" as const] };
    const base = { purpose: "reply" as const, replyKind: "paid" as const, channel: "email" as const, language: "en" };
    const refused = await saveTemplate(
      store,
      admin,
      { ...base, tone: "friendly", subject: "Paid", body: "Thanks for {{paymentAmount}}." },
      { now: NOW },
    );
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    const saved = await saveTemplate(
      store,
      admin,
      {
        ...base,
        tone: "firm",
        subject: "Your payment",
        body: "Dear {{contactName}},\n\nThank you; we will match it.\n\n{{senderName}}",
      },
      { now: NOW },
    );
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.value).toMatchObject({ id: "builtin:en:reply.paid:email:friendly", tone: "friendly" });
    const draft = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1001", purpose: "reply", replyKind: "paid", channel: "email" },
      { asOf: AS_OF },
    );
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.value.text).toContain("Thank you; we will match it.");
  });
});

describe.each(CLIENTS)("accepting a reply, in $language", ({ language, clientId, body }) => {
  let store: TenantStore;
  beforeAll(async () => {
    store = await demoStore();
  });
  const inbound = { from: "ap@client.example", subject: "Re: invoices", body };
  const accept = async (kind: MessageKind): Promise<Accepted> => {
    const r = await acceptClassification(
      store,
      MANAGER,
      { clientId, classification: classification(kind), inbound },
      actionDeps(),
    );
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };

  it("promise: acknowledges the recorded amount and date, grounded", async () => {
    const r = await accept("promise");
    const draft = r.draft!;
    expect(draft).toMatchObject({ purpose: "reply", replyKind: "promise", language, tone: "friendly" });
    expect(draft.templateId).toBe(`builtin:${language}:reply.promise:email:friendly`);
    const amount = draft.facts.find((f) => f.kind === "promise");
    const date = draft.facts.find((f) => f.label === "Promised payment date");
    expect(amount).toMatchObject({ raw: 125_000, currency: "USD" });
    expect(date).toMatchObject({ raw: "2026-12-04" });
    expect(draft.text).toContain(amount!.value);
    expect(draft.text).toContain(date!.value);
    expect(draft.toneReason).toBe("A reply acknowledging the client's promise to pay is friendly.");
    expectGrounded(draft);
  });

  it("dispute: acknowledges, names the partner who will review it, says reminders are paused, states no figure", async () => {
    const r = await accept("dispute");
    const draft = r.draft!;
    expect(r.paused).toBe(true);
    expect(draft).toMatchObject({ replyKind: "dispute", language, facts: [] });
    const summary = await store.getClient(clientId);
    const partner = (await store.getUser(summary!.billingPartnerId!))!.displayName;
    expect(draft.text).toContain(partner);
    expect(draft.text).toMatch(/paused|suspendido|suspendu|ausgesetzt|wstrzyma/);
    expectGrounded(draft);
  });

  it("hardship: offers to discuss a payment plan with the installments from the ledger", async () => {
    const draft = (await accept("hardship")).draft!;
    expect(draft).toMatchObject({ replyKind: "hardship", language });
    const kinds = draft.facts.map((f) => f.kind);
    expect(kinds).toContain("installment");
    expect(kinds).toContain("total-outstanding");
    expect(draft.html).toContain("<table>");
    expectGrounded(draft);
  });

  it.each(["paid", "remittance"] as const)("%s: thanks, will match and confirm, never claims receipt", async (kind) => {
    const draft = (await accept(kind)).draft!;
    expect(draft).toMatchObject({ replyKind: kind, language, facts: [] });
    expect(draft.text).not.toMatch(/\b(?:received|recibido|reçu|erhalten|otrzymali)\b/i);
    expect(draft.text).toMatch(/confirm|confirmaremos|confirmerons|bestätigen|potwierdzimy/);
    expectGrounded(draft);
  });

  it("wrong contact: asks who the right contact is and says nothing about the account", async () => {
    const draft = (await accept("wrong-contact")).draft!;
    expect(draft).toMatchObject({ replyKind: "wrong-contact", language, facts: [] });
    expect(draft.text).toContain("?");
    expect(draft.html).not.toContain("<table>");
    expectGrounded(draft);
  });

  it("out of office: no reply; a question: the general reply", async () => {
    const away = await accept("out-of-office");
    expect(away.draft).toBeNull();
    expect(away.noDraftReason).toBe("nothing to answer: the email was read as out-of-office");
    const question = (await accept("question")).draft!;
    expect(question.replyKind).toBeUndefined();
    expect(question.templateId).toMatch(new RegExp(`^builtin:${language}:reply:email:`));
    expectGrounded(question);
  });

  it("every reply kind renders on every channel within the lint and the SMS length", async () => {
    for (const replyKind of REPLY_KINDS)
      for (const channel of CHANNELS) {
        const r = await createDraft(
          store,
          MANAGER,
          { clientId, purpose: "reply", replyKind, channel, recipientLocalHour: 12 },
          { asOf: AS_OF },
        );
        if (!r.ok) throw new Error(`${replyKind} ${channel}: ${r.message}`);
        expectGrounded(r.value);
        if (channel === "sms") expect(smsLength(r.value.text).segments, `${replyKind}`).toBeLessThanOrEqual(3);
      }
  });
});

describe("replies state only what was recorded", () => {
  let store: TenantStore;
  beforeAll(async () => {
    store = await demoStore();
  });

  it("refuses a promise or dispute reply with nothing recorded to acknowledge", async () => {
    for (const replyKind of ["promise", "dispute"] as const) {
      const r = await createDraft(
        store,
        MANAGER,
        { clientId: "CL-1003", purpose: "reply", replyKind, channel: "email" },
        { asOf: AS_OF },
      );
      expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(!r.ok && r.message).toContain(`record the ${replyKind} first`);
    }
  });

  it("leaves a consumer's wrong-contact reply to a person", async () => {
    const r = await acceptClassification(
      store,
      MANAGER,
      {
        clientId: "CL-1012",
        classification: classification("wrong-contact"),
        inbound: { from: "x@y.example", subject: "Wrong person", body: "I am not the person you are looking for." },
      },
      actionDeps(),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.draft).toBeNull();
    expect(r.value.noDraftReason).toContain("left to a person");
  });

  it("reads replyKind from a request, for replies only", () => {
    expect(readDraftRequest("CL-1", { purpose: "reply", channel: "email", replyKind: "promise" })).toMatchObject({
      ok: true,
      value: { replyKind: "promise" },
    });
    expect(readDraftRequest("CL-1", { purpose: "reply", channel: "email", replyKind: "thanks" }).ok).toBe(false);
    expect(readDraftRequest("CL-1", { purpose: "reminder", channel: "email", replyKind: "paid" }).ok).toBe(false);
  });

  it("lets the model word a promise reply only with the promised figures, and gives a wrong-contact reply none", async () => {
    const requests: LlmRequest[] = [];
    const llm = (answer: (req: LlmRequest) => unknown): LlmPort => ({
      modelVersion: "fake-1",
      async complete(req) {
        requests.push(req);
        const out = answer(req);
        return out instanceof Error
          ? fail("UNAVAILABLE", out.message, { reason: out.message })
          : ok({ output: out, model: "fake-1" });
      },
    });
    const fact = (req: LlmRequest, label: string) => new RegExp(`- ${label}: (.+)`).exec(req.user)?.[1] ?? "";
    const inbound = { from: "ap@x.example", subject: "Re: invoices", body: "We will pay $500.00 next week." };
    const promised = await acceptClassification(
      store,
      MANAGER,
      {
        clientId: "CL-1005",
        classification: { ...classification("promise"), promise: { amountMinor: 50_000, date: "2026-11-30" } },
        inbound,
      },
      {
        ...actionDeps(),
        llm: llm((req) => ({
          subject: "Thank you",
          paragraphs: [
            "Hello,",
            `Thank you: ${fact(req, "Promised amount")} by ${fact(req, "Promised payment date")} is noted.`,
          ],
        })),
      },
    );
    if (!promised.ok) throw new Error(promised.message);
    expect(promised.value.draft).toMatchObject({ source: "llm", replyKind: "promise" });
    expect(requests[0]!.user).toContain("purpose: thank the client for the promise to pay");
    expect(requests[0]!.user).not.toMatch(/Days past due/);

    const changed = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1005", purpose: "reply", replyKind: "promise", channel: "email", inbound },
      { asOf: AS_OF, llm: llm(() => ({ subject: "Thanks", paragraphs: ["We noted $5,000.00 by November 30."] })) },
    );
    if (!changed.ok) throw new Error(changed.message);
    expect(changed.value.source).toBe("template");
    expect(changed.value.warnings.find((w) => w.code === "LLM_FALLBACK")?.message).toContain("$5,000.00");

    requests.length = 0;
    await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1005", purpose: "reply", replyKind: "wrong-contact", channel: "email", inbound },
      { asOf: AS_OF, llm: llm(() => new Error("timeout")) },
    );
    expect(requests[0]!.user).toMatch(/<facts>\n\n<\/facts>/);
  });
});
