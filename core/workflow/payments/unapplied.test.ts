import { describe, expect, it } from "vitest";
import type { Payment } from "../../domain/types";
import { actionDeps, client, invoice, principalOf, smallFirm, TENANT } from "../../../test/support/workflow-fixture";
import { applyUnappliedPayment, listUnappliedPayments } from "./unapplied";

const unapplied = (id: string, amountMinor: number, over: Partial<Payment> = {}): Payment => ({
  tenantId: TENANT,
  id,
  receivedDate: "2026-11-20",
  amountMinor,
  currency: "USD",
  applications: [],
  unappliedMinor: amountMinor,
  ...over,
});

async function firm() {
  const store = await smallFirm(
    [client("A")],
    [invoice("A", 1, -40, 60_000), invoice("A", 2, -10, 50_000), invoice("A", 3, 5, 70_000, { number: "INV-7788" })],
  );
  await store.applyLedgerBatch(
    {
      payments: [
        unapplied("P1", 80_000, { clientId: "A" }),
        unapplied("P2", 70_000, { reference: "Remittance INV-7788" }),
      ],
    },
    "import",
  );
  return store;
}

describe("unapplied payments", () => {
  it("lists them with an oldest-first suggestion (by client, or by an invoice number in the reference)", async () => {
    const store = await firm();
    const list = await listUnappliedPayments(store, principalOf("u-chen"));
    expect(list.ok && list.value.map((v) => [v.payment.id, v.matchedBy, v.suggestion])).toEqual([
      [
        "P1",
        "client",
        [
          { invoiceId: "A|1", amountMinor: 60_000 },
          { invoiceId: "A|2", amountMinor: 20_000 },
        ],
      ],
      ["P2", "reference", [{ invoiceId: "A|3", amountMinor: 70_000 }]],
    ]);
  });

  it("applies the suggestion to the ledger: invoices re-based or paid, the payment fully applied", async () => {
    const store = await firm();
    const applied = await applyUnappliedPayment(store, principalOf("u-chen"), "P1", {}, actionDeps());
    expect(applied.ok && applied.value.payment.unappliedMinor).toBe(0);
    expect(await store.getInvoice("A|1")).toMatchObject({ balanceMinor: 0, status: "paid", paidDate: "2026-11-20" });
    expect(await store.getInvoice("A|2")).toMatchObject({ balanceMinor: 30_000, status: "open" });
    expect(await applyUnappliedPayment(store, principalOf("u-chen"), "P1", {}, actionDeps())).toMatchObject({
      code: "CONFLICT",
    });
    const p2 = await applyUnappliedPayment(store, principalOf("u-nair"), "P2", {}, actionDeps());
    expect(p2.ok && p2.value.payment.clientId).toBe("A");
  });

  it("two people applying the same payment at once apply it once", async () => {
    const store = await firm();
    const apps = [{ invoiceId: "A|2", amountMinor: 50_000 }];
    const results = await Promise.all([
      applyUnappliedPayment(store, principalOf("u-chen"), "P1", { applications: apps }, actionDeps()),
      applyUnappliedPayment(store, principalOf("u-whitfield"), "P1", { applications: apps }, actionDeps()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await store.getInvoice("A|2")).toMatchObject({ balanceMinor: 0 });
    const payment = (await store.listPayments("A")).find((p) => p.id === "P1")!;
    expect(payment).toMatchObject({ unappliedMinor: 30_000, applications: apps });
  });

  it("refuses applications beyond what is left or to another client's invoice", async () => {
    const store = await firm();
    expect(
      await applyUnappliedPayment(
        store,
        principalOf("u-chen"),
        "P1",
        {
          applications: [
            { invoiceId: "A|3", amountMinor: 70_000 },
            { invoiceId: "A|2", amountMinor: 20_000 },
          ],
        },
        actionDeps(),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      message: "applications exceed what is left of the payment",
    });
    expect(
      await applyUnappliedPayment(
        store,
        principalOf("u-chen"),
        "P1",
        { applications: [{ invoiceId: "A|2", amountMinor: 50_001 }] },
        actionDeps(),
      ),
    ).toMatchObject({ code: "VALIDATION" });
    expect(await applyUnappliedPayment(store, principalOf("u-hartwell"), "P1", {}, actionDeps())).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
