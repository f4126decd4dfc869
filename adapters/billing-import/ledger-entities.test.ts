import { describe, expect, it } from "vitest";
import { parseLedgerCsv } from "./ledger-csv";

const FILE = [
  "client_id,client_name,matter_id,matter_name,billing_partner,collector,contact_email,country,language,invoice_number,invoice_date,due_date,amount,paid_date,paid_amount,disputed,dispute_reason,delivery,ebilling_status",
  "C1,Acme Corp,M1,Acme v. Wile,P1,K1,ap@acme.com,US,fr-CA,A-1,2024-01-05,2024-02-04,100.00,,,,,Electronic,",
  "C1,,M1,,,,jane@gmail.com; AP@acme.com,,,A-2,2024-01-10,2024-02-09,200.00,,,No,,,accepted",
  "C1,Other Name,M2,,P9,,legal@acme-legal.com,,de,A-3,2024-01-15,2024-02-14,100.00,2024-03-01,40.00,,,portal,rejected",
  "C2,,,,,,,,,0000611365,2024-01-02,2024-02-01,55.94,2024-01-15,,,,Paper,",
  "C2,,,,,,,,,B-2,2024-01-02,2024-02-01,10.00,,,,fee too high,,",
  "C2,,,,,,,,,B-3,2024-01-02,2024-02-01,10.00,,,No,old note,,",
].join("\n");

describe("records built from ledger rows", () => {
  const r = parseLedgerCsv(FILE, { tenantId: "t1", actorId: "u1" });

  it("imports every row", () => {
    expect(r.rejects).toEqual([]);
    expect(r.rows).toBe(6);
  });

  it("builds one client per client_id; the first row that states a value wins", () => {
    expect(r.batch.clients).toEqual([
      {
        tenantId: "t1",
        id: "C1",
        name: "Acme Corp",
        contacts: [{ email: "ap@acme.com" }, { email: "jane@gmail.com" }, { email: "legal@acme-legal.com" }],
        emailDomains: ["acme.com", "acme-legal.com"],
        language: "fr",
        preferredChannel: "email",
        country: "US",
        billingPartnerId: "P1",
        collectorId: "K1",
      },
      {
        tenantId: "t1",
        id: "C2",
        name: "C2",
        contacts: [],
        emailDomains: [],
        language: "en",
        preferredChannel: "email",
      },
    ]);
  });

  it("builds one matter per client and matter id", () => {
    expect(r.batch.matters).toEqual([
      { tenantId: "t1", id: "C1|M1", clientId: "C1", name: "Acme v. Wile" },
      { tenantId: "t1", id: "C1|M2", clientId: "C1", name: "M2" },
    ]);
  });

  it("builds invoices with balances, payment status, disputes and delivery", () => {
    const base = { tenantId: "t1", currency: "USD" };
    expect(r.batch.invoices).toEqual([
      {
        ...base,
        id: "C1|A-1",
        clientId: "C1",
        matterId: "C1|M1",
        number: "A-1",
        invoiceDate: "2024-01-05",
        dueDate: "2024-02-04",
        amountMinor: 10000,
        balanceMinor: 10000,
        status: "open",
        disputed: false,
        delivery: "electronic",
      },
      {
        ...base,
        id: "C1|A-2",
        clientId: "C1",
        matterId: "C1|M1",
        number: "A-2",
        invoiceDate: "2024-01-10",
        dueDate: "2024-02-09",
        amountMinor: 20000,
        balanceMinor: 20000,
        status: "open",
        disputed: false,
        ebillingStatus: "accepted",
      },
      {
        ...base,
        id: "C1|A-3",
        clientId: "C1",
        matterId: "C1|M2",
        number: "A-3",
        invoiceDate: "2024-01-15",
        dueDate: "2024-02-14",
        amountMinor: 10000,
        balanceMinor: 6000,
        status: "open",
        disputed: false,
        delivery: "portal",
        ebillingStatus: "rejected",
      },
      {
        ...base,
        id: "C2|611365",
        clientId: "C2",
        number: "0000611365",
        invoiceDate: "2024-01-02",
        dueDate: "2024-02-01",
        amountMinor: 5594,
        balanceMinor: 0,
        status: "paid",
        paidDate: "2024-01-15",
        disputed: false,
        delivery: "paper",
      },
      {
        ...base,
        id: "C2|B-2",
        clientId: "C2",
        number: "B-2",
        invoiceDate: "2024-01-02",
        dueDate: "2024-02-01",
        amountMinor: 1000,
        balanceMinor: 1000,
        status: "open",
        disputed: true,
        disputeReason: "fee too high",
      },
      {
        ...base,
        id: "C2|B-3",
        clientId: "C2",
        number: "B-3",
        invoiceDate: "2024-01-02",
        dueDate: "2024-02-01",
        amountMinor: 1000,
        balanceMinor: 1000,
        status: "open",
        disputed: false,
      },
    ]);
  });

  it("records one payment per paid amount, applied to its invoice", () => {
    expect(r.batch.payments).toEqual([
      {
        tenantId: "t1",
        id: "C1|A-3|paid",
        clientId: "C1",
        receivedDate: "2024-03-01",
        amountMinor: 4000,
        currency: "USD",
        applications: [{ invoiceId: "C1|A-3", amountMinor: 4000 }],
        unappliedMinor: 0,
      },
      {
        tenantId: "t1",
        id: "C2|611365|paid",
        clientId: "C2",
        receivedDate: "2024-01-15",
        amountMinor: 5594,
        currency: "USD",
        applications: [{ invoiceId: "C2|611365", amountMinor: 5594 }],
        unappliedMinor: 0,
      },
    ]);
  });

  it("never sets a stamp: the store does", () => {
    const all = [...(r.batch.clients ?? []), ...(r.batch.matters ?? []), ...(r.batch.invoices ?? [])];
    expect(all.filter((x) => "stamp" in x)).toEqual([]);
  });
});

describe("determinism", () => {
  it("gives deeply equal records for the same file", () => {
    const a = parseLedgerCsv(FILE, { tenantId: "t1" });
    const b = parseLedgerCsv(FILE, { tenantId: "t1" });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("changes only the edited invoice when one cell changes", () => {
    const a = parseLedgerCsv(FILE, { tenantId: "t1" });
    const b = parseLedgerCsv(FILE.replace("A-2,2024-01-10,2024-02-09,200.00", "A-2,2024-01-10,2024-02-09,250.00"), {
      tenantId: "t1",
    });
    const changed = (b.batch.invoices ?? []).filter(
      (inv, i) => JSON.stringify(inv) !== JSON.stringify(a.batch.invoices?.[i]),
    );
    expect(changed.map((i) => [i.id, i.amountMinor])).toEqual([["C1|A-2", 25000]]);
    expect(b.batch.clients).toEqual(a.batch.clients);
  });
});
