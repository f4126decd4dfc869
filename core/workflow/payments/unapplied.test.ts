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
    const p2 = await applyUnappliedPayment(store, principalOf("u-whitfield"), "P2", {}, actionDeps());
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

  describe("a specialist matches payments on their own portfolio only", () => {
    async function twoPortfolios() {
      const store = await smallFirm(
        [client("A"), client("B", { collectorId: "u-nair", billingPartnerId: "u-pryce" })],
        [invoice("A", 1, -40, 60_000, { number: "INV-1001" }), invoice("B", 1, -30, 90_000, { number: "INV-2002" })],
      );
      await store.applyLedgerBatch(
        {
          payments: [
            unapplied("PA", 10_000, { clientId: "A" }),
            unapplied("PB", 20_000, { clientId: "B", reference: "Nair's client" }),
            unapplied("PX", 30_000, { reference: "Remittance INV-2002 INV-1001" }),
            unapplied("PY", 40_000, { reference: "Remittance INV-2002" }),
          ],
        },
        "import",
      );
      return store;
    }

    it("lists payments of visible clients and unidentified ones, with suggestions on visible clients only", async () => {
      const store = await twoPortfolios();
      const chen = await listUnappliedPayments(store, principalOf("u-chen"));
      expect(chen.ok && chen.value.map((v) => [v.payment.id, v.matchedBy, v.suggestion])).toEqual([
        ["PA", "client", [{ invoiceId: "A|1", amountMinor: 10_000 }]],
        ["PX", "reference", [{ invoiceId: "A|1", amountMinor: 30_000 }]],
        ["PY", "none", []],
      ]);
      const manager = await listUnappliedPayments(store, principalOf("u-whitfield"));
      expect(manager.ok && manager.value.map((v) => v.payment.id)).toEqual(["PA", "PB", "PX", "PY"]);
    });

    it("answers not found for another portfolio's payment or invoice", async () => {
      const store = await twoPortfolios();
      const chen = principalOf("u-chen");
      expect(await applyUnappliedPayment(store, chen, "PB", {}, actionDeps())).toMatchObject({
        code: "NOT_FOUND",
        message: "no payment PB",
      });
      expect(
        await applyUnappliedPayment(
          store,
          chen,
          "PY",
          { applications: [{ invoiceId: "B|1", amountMinor: 40_000 }] },
          actionDeps(),
        ),
      ).toMatchObject({ code: "NOT_FOUND", message: "applications.0: no invoice B|1" });
      expect(
        await applyUnappliedPayment(
          store,
          chen,
          "PY",
          { applications: [{ invoiceId: "NOPE|1", amountMinor: 40_000 }] },
          actionDeps(),
        ),
      ).toMatchObject({ code: "NOT_FOUND", message: "applications.0: no invoice NOPE|1" });
      expect(await applyUnappliedPayment(store, chen, "PY", {}, actionDeps())).toMatchObject({ code: "VALIDATION" });
      expect(await store.getInvoice("B|1")).toMatchObject({ balanceMinor: 90_000 });
      const own = await applyUnappliedPayment(store, chen, "PX", {}, actionDeps());
      expect(own.ok && own.value.applied).toEqual([{ invoiceId: "A|1", amountMinor: 30_000 }]);
      const nair = await applyUnappliedPayment(store, principalOf("u-nair"), "PY", {}, actionDeps());
      expect(nair.ok && nair.value.payment.clientId).toBe("B");
    });
  });
});
