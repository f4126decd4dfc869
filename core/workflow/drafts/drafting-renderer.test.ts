import { describe, expect, it } from "vitest";
import { AS_OF, demoStore } from "../../../test/support/drafting-store";
import { draftingRenderer } from "./drafting-renderer";

describe("draftingRenderer", () => {
  it("hands the engine the tone the wording used and the reason, so the review queue shows why", async () => {
    const store = await demoStore();
    const tenant = (await store.getTenant())!;
    const client = (await store.getClient("CL-1006"))!;
    const invoices = await store.listInvoices({ clientId: client.id, openOnly: true });
    const render = draftingRenderer(store);
    const r = await render(
      {
        clientId: client.id,
        purpose: "reminder",
        channel: "email",
        stepId: "+15",
        tone: "firm",
        invoiceIds: invoices.map((i) => i.id),
      },
      { asOf: AS_OF, now: `${AS_OF}T07:00:00.000Z`, tenant, client, invoices },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value.tone).toBe("firm");
    expect(r.value.toneReason).toBe("Step +15 is set to firm. Kept: there is no recent payment score for this client.");
  });
});
