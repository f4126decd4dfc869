import { beforeAll, describe, expect, it } from "vitest";
import { AS_OF, MANAGER, SPECIALIST, demoStore } from "../../test/support/drafting-store";
import { fail, ok } from "../errors/codes";
import type { TenantStore } from "../ports/store.port";
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
