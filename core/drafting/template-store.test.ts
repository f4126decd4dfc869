import { beforeAll, describe, expect, it } from "vitest";
import { AS_OF, MANAGER, demoStore } from "../../test/support/drafting-store";
import type { TenantStore } from "../ports/store.port";
import { createDraft } from "./create-draft";
import { previewTemplate } from "./preview-template";
import { saveTemplate } from "./template-store";

let store: TenantStore;
beforeAll(async () => {
  store = await demoStore();
});

describe("administrator templates", () => {
  it("refuses an unknown variable at save time and renders a saved template for a real client", async () => {
    const admin = { ...MANAGER, userId: "u-morgan", roles: ["admin" as const] };
    const bad = await saveTemplate(
      store,
      admin,
      {
        purpose: "reminder",
        channel: "email",
        tone: "firm",
        language: "en",
        subject: "Hi",
        body: "Dear {{clientNme}}",
      },
      { now: `${AS_OF}T10:00:00Z` },
    );
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    const template = {
      purpose: "reminder" as const,
      channel: "email" as const,
      tone: "firm" as const,
      language: "en",
      subject: "Open items: {{totalOutstanding}}",
      body: "Hello {{contactName}},\n\n{{invoiceTable}}\n\n{{senderName}}",
    };
    expect((await saveTemplate(store, MANAGER, template, { now: `${AS_OF}T10:00:00Z` })).ok).toBe(false);
    const saved = await saveTemplate(store, admin, template, { now: `${AS_OF}T10:00:00Z` });
    if (!saved.ok) throw new Error(saved.message);
    const preview = await previewTemplate(store, admin, saved.value, "CL-1006", { asOf: AS_OF });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value.subject).toMatch(/^Open items: \$[\d,]+\.\d\d$/);
    const used = await createDraft(
      store,
      MANAGER,
      { clientId: "CL-1006", purpose: "reminder", channel: "email", tone: "firm" },
      { asOf: AS_OF },
    );
    if (!used.ok) throw new Error(used.message);
    expect(used.value.subject).toBe(preview.value.subject);
  });
});
