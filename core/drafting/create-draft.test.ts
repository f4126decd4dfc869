import { beforeAll, describe, expect, it } from "vitest";
import { AS_OF, MANAGER, SPECIALIST, demoStore } from "../../test/support/drafting-store";
import { DEMO_TENANT_ID } from "../demo/demo-people";
import { addDays, addMonths } from "../domain/dates";
import type { Invoice } from "../domain/types";
import { fail, ok } from "../errors/codes";
import type { TenantStore } from "../ports/store.port";
import type { Confidence } from "../scoring/confidence";
import type { Segment } from "../scoring/segments";
import { type ClientScoreRecord, MODEL_DOC } from "../usecases/model-store";
import { createDraft } from "./create-draft";
import type { LlmPort, LlmRequest } from "./llm.port";

let store: TenantStore;
beforeAll(async () => {
  store = await demoStore();
});

/** A scripted model: answers from the request, so a test can echo or change the real figures. */
function fakeLlm(answer: (req: LlmRequest) => unknown): LlmPort & { requests: LlmRequest[] } {
  const requests: LlmRequest[] = [];
  return {
    modelVersion: "fake-1",
    requests,
    async complete(req) {
      requests.push(req);
      const out = answer(req);
      return out instanceof Error
        ? fail("UNAVAILABLE", out.message, { reason: out.message })
        : ok({ output: out, model: "fake-1" });
    },
  };
}
const factValue = (req: LlmRequest, label: string) => new RegExp(`- ${label}: (.+)`).exec(req.user)?.[1] ?? "";

describe("createDraft", () => {
  it("keeps a specialist to their own clients (another collector's client is not found)", async () => {
    const own = await createDraft(
      store,
      SPECIALIST,
      { clientId: "CL-1001", purpose: "reminder", channel: "email" },
      { asOf: AS_OF },
    );
    expect(own.ok).toBe(true);
    const other = await createDraft(
      store,
      SPECIALIST,
      { clientId: "CL-1002", purpose: "reminder", channel: "email" },
      { asOf: AS_OF },
    );
    expect(other).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("lists only overdue invoices when the wording says overdue", async () => {
    const r = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1006", purpose: "final-demand", channel: "email" },
      { asOf: AS_OF },
    );
    if (!r.ok) throw new Error(r.message);
    const dueDates = r.value.facts.filter((f) => f.label.startsWith("Due date")).map((f) => String(f.raw));
    expect(dueDates.length).toBeGreaterThan(0);
    expect(dueDates.every((d) => d < AS_OF)).toBe(true);
  });

  it("adds the consumer notice and refuses consumer SMS at night", async () => {
    const email = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1012", purpose: "reminder", channel: "email" },
      { asOf: AS_OF },
    );
    if (!email.ok) throw new Error(email.message);
    expect(email.value.text).toContain("within thirty days");
    expect(email.value.sendable).toBe(true);
    const night = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1012", purpose: "reminder", channel: "sms" },
      { asOf: AS_OF, now: "2026-11-24T03:30:00Z" },
    );
    if (!night.ok) throw new Error(night.message);
    expect(night.value.warnings.map((w) => w.code)).toContain("LINT_QUIET_HOURS");
    expect(night.value.sendable).toBe(false);
  });

  it("uses the model's wording when every figure is a ledger fact", async () => {
    const llm = fakeLlm((req) => ({
      subject: `Your balance of ${factValue(req, "Total due")}`,
      paragraphs: [
        "Dear Accounts Payable,",
        `We noticed ${factValue(req, "Total due")} is still open. Could you look into it?`,
      ],
    }));
    const r = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1006", purpose: "reminder", channel: "email" },
      { asOf: AS_OF, llm },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.source).toBe("llm");
    expect(r.value.modelVersion).toBe("fake-1");
    expect(r.value.text).toContain("We noticed");
    expect(r.value.html).toContain("<table>");
    expect(r.value.facts.some((f) => f.kind === "total-outstanding")).toBe(true);
  });

  it("falls back to the template when the model changes a number, and says why", async () => {
    const llm = fakeLlm(() => ({ subject: "Balance", paragraphs: ["Your balance is $10.00."] }));
    const log: string[] = [];
    const r = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1006", purpose: "reminder", channel: "email" },
      { asOf: AS_OF, llm, log: (e, d) => log.push(`${e} ${JSON.stringify(d)}`) },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.source).toBe("template");
    expect(r.value.text).not.toContain("$10.00");
    const warning = r.value.warnings.find((w) => w.code === "LLM_FALLBACK");
    expect(warning?.message).toContain('"$10.00" is not in the ledger facts');
    expect(log).toEqual(['draft.fallback {"clientId":"CL-1006","reason":"ungrounded"}']);
  });

  it("falls back when the model's draft fails the compliance lint", async () => {
    const llm = fakeLlm((req) => ({
      subject: "Balance",
      paragraphs: [`Pay ${factValue(req, "Total due")} now or we will sue.`],
    }));
    const r = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1006", purpose: "reminder", channel: "email" },
      { asOf: AS_OF, llm },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.source).toBe("template");
    expect(r.value.warnings.find((w) => w.code === "LLM_FALLBACK")?.message).toContain("LINT_THREAT");
  });

  it("falls back when the model is unavailable", async () => {
    const llm = fakeLlm(() => new Error("rate-limited"));
    const r = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1006", purpose: "reminder", channel: "sms" },
      { asOf: AS_OF, llm },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.source).toBe("template");
    expect(r.value.warnings.find((w) => w.code === "LLM_FALLBACK")?.message).toContain("rate-limited");
  });

  it("sends the model only the client's own facts and names, never notes or other clients", async () => {
    const llm = fakeLlm(() => new Error("timeout"));
    await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1006", purpose: "reminder", channel: "email" },
      { asOf: AS_OF, llm },
    );
    const prompt = llm.requests[0]!.user;
    const otherInvoices = (await store.listInvoices({ clientId: "CL-1007" })).map((i) => i.number);
    for (const n of otherInvoices) expect(prompt).not.toContain(n);
    expect(prompt).not.toMatch(/Reminder sent for invoice|promised to pay/);
    expect(llm.requests[0]!.system).not.toContain("CL-1006");
  });

  it("acknowledges the latest payment in a receipt", async () => {
    const r = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1010", purpose: "receipt", channel: "email" },
      { asOf: AS_OF },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.facts.map((f) => f.kind)).toEqual(["payment", "date"]);
    expect(r.value.text).toContain(r.value.facts[0]!.value);
  });

  it("answers a reply in the language the client wrote in", async () => {
    const inbound = {
      from: "ap@x.example",
      subject: "Re: factura",
      body: "Hola, ¿nos pueden enviar el detalle de las facturas pendientes? Gracias y saludos.",
    };
    const r = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1006", purpose: "reply", channel: "email", inbound },
      { asOf: AS_OF },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.language).toBe("es");
    expect(r.value.subject).toBe("Re: factura");
  });
});

/** A stored payment score for a client (as the nightly run writes it). */
async function storeScore(
  target: TenantStore,
  clientId: string,
  score: { p30: number; segment: Segment; confidence: Confidence },
): Promise<void> {
  const account = {
    currency: "USD",
    openInvoices: 1,
    openBalanceMinor: 0,
    overdueBalanceMinor: 0,
    maxDaysPastDue: 0,
    pLate: 1 - score.p30,
    reasons: [],
    segmentRule: "test",
    reason: "test",
    nextAction: "test",
    expectedCash7Minor: 0,
    expectedCash30Minor: 0,
    expectedCash60Minor: 0,
    cashAtRiskMinor: 0,
    ...score,
  };
  const record: ClientScoreRecord = {
    clientId,
    asOf: "2026-11-22",
    modelVersion: "m-test",
    provisional: false,
    collectorId: "u-chen",
    accounts: [account],
  };
  await target.documents.upsert(MODEL_DOC.score, clientId, record, { actorId: "test", clientId });
}

/** A client for three years who always paid on time, now with one invoice 20 days past due. */
async function addGoodPayer(target: TenantStore): Promise<string> {
  const id = "CL-9001";
  const invoice = (k: number, invoiceDate: string, dueDate: string, paidDate?: string): Invoice => ({
    tenantId: DEMO_TENANT_ID,
    id: `${id}|G-${k}`,
    clientId: id,
    number: `G-${1000 + k}`,
    invoiceDate,
    dueDate,
    amountMinor: 250_000,
    balanceMinor: paidDate ? 0 : 250_000,
    currency: "USD",
    status: paidDate ? "paid" : "open",
    ...(paidDate ? { paidDate } : {}),
    disputed: false,
  });
  const paid = Array.from({ length: 10 }, (_, k) => {
    const issued = addMonths("2023-09-01", k * 3);
    const due = addDays(issued, 30);
    return invoice(k, issued, due, addDays(due, -2));
  });
  await target.applyLedgerBatch(
    {
      clients: [
        {
          tenantId: DEMO_TENANT_ID,
          id,
          name: "Longstanding Holdings LLC",
          contacts: [{ name: "Robin Vale", email: "robin@longstanding.example" }],
          emailDomains: ["longstanding.example"],
          billingPartnerId: "u-hartwell",
          collectorId: "u-chen",
          language: "en",
          preferredChannel: "email",
          country: "US",
        },
      ],
      invoices: [...paid, invoice(99, "2026-10-04", addDays(AS_OF, -20))],
    },
    "test",
  );
  return id;
}

describe("createDraft: the tone follows the step, the score and the relationship", () => {
  let tones: TenantStore;
  beforeAll(async () => {
    tones = await demoStore();
  });

  it("keeps the step's tone and says why when there is no score", async () => {
    const r = await createDraft(
      tones,
      MANAGER,
      { clientId: "CL-1006", purpose: "reminder", channel: "email", stepId: "+15", tone: "firm" },
      { asOf: AS_OF },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.tone).toBe("firm");
    expect(r.value.toneReason).toBe("Step +15 is set to firm. Kept: there is no recent payment score for this client.");
  });

  it("softens a firm step for a long-standing good payer with a high score, and tells the model the same tone", async () => {
    const id = await addGoodPayer(tones);
    await storeScore(tones, id, { p30: 0.88, segment: "nudge", confidence: "high" });
    const llm = fakeLlm(() => new Error("timeout"));
    const r = await createDraft(
      tones,
      MANAGER,
      { clientId: id, purpose: "reminder", channel: "email", stepId: "+15", tone: "firm" },
      { asOf: AS_OF, llm },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value).toMatchObject({ tone: "friendly", templateId: "builtin:en:reminder:email:friendly" });
    expect(r.value.toneReason).toMatch(
      /^Step \+15 is set to firm\. One step softer, friendly: a long-standing good payer/,
    );
    expect(r.value.toneReason).toContain("10 of 10 invoices paid on time");
    expect(r.value.toneReason).toContain("88% chance of payment within 30 days (high confidence, segment nudge");
    const prompt = llm.requests[0]!.user;
    expect(prompt).toMatch(/tone: friendly \(a long-standing client/);
    expect(prompt).not.toContain("88%");
  });

  it("moves a friendly step one step firmer for a low score with broken promises, but never to final", async () => {
    await storeScore(tones, "CL-1006", { p30: 0.12, segment: "partner-intervention", confidence: "medium" });
    const friendly = await createDraft(
      tones,
      MANAGER,
      { clientId: "CL-1006", purpose: "reminder", channel: "email", stepId: "+7", tone: "friendly" },
      { asOf: AS_OF },
    );
    if (!friendly.ok) throw new Error(friendly.message);
    expect(friendly.value).toMatchObject({ tone: "firm", templateId: "builtin:en:reminder:email:firm" });
    expect(friendly.value.toneReason).toMatch(/One step firmer, firm: \d+ broken promises to pay and a 12% chance/);
    expect(friendly.value.warnings).toContainEqual({
      code: "TONE_ADJUSTED",
      severity: "info",
      message: friendly.value.toneReason,
    });
    const firm = await createDraft(
      tones,
      MANAGER,
      { clientId: "CL-1006", purpose: "reminder", channel: "email", stepId: "+30", tone: "firm" },
      { asOf: AS_OF },
    );
    if (!firm.ok) throw new Error(firm.message);
    expect(firm.value.tone).toBe("firm");
    expect(firm.value.toneReason).toContain("a final tone comes only with a final step");
  });

  it("keeps a consumer client's step wording whatever the score", async () => {
    await storeScore(tones, "CL-1012", { p30: 0.05, segment: "partner-intervention", confidence: "high" });
    const r = await createDraft(
      tones,
      MANAGER,
      { clientId: "CL-1012", purpose: "reminder", channel: "email", stepId: "+5", tone: "friendly" },
      { asOf: AS_OF },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.tone).toBe("friendly");
    expect(r.value.toneReason).toContain("consumer clients keep the step's compliant wording");
    expect(r.value.text).toContain("within thirty days");
  });

  it("keeps the reviewer's own choice", async () => {
    const r = await createDraft(
      tones,
      MANAGER,
      { clientId: "CL-1006", purpose: "reminder", channel: "email", tone: "friendly" },
      { asOf: AS_OF },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value).toMatchObject({ tone: "friendly", toneReason: "Tone friendly chosen by the reviewer." });
  });
});
