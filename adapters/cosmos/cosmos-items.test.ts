import { describe, expect, it } from "vitest";
import type { Client, Invoice, Payment, User } from "../../core/domain/types";
import { fromRecordItem, itemId, NO_CLIENT, partitionClientOf, toRecordItem } from "./cosmos-items";

const stamp = {
  createdAt: "2026-01-01T00:00:00.000Z",
  createdBy: "a",
  updatedAt: "2026-01-02T00:00:00.000Z",
  updatedBy: "b",
};

describe("itemId", () => {
  it.each([
    [["invoice", "C1|611365"], "invoice:C1|611365"],
    [["client", "ACME/NY"], "client:ACME~2fNY"],
    [["doc", "a:b", "c"], "doc:a~3ab:c"],
    [["doc", "a", "b:c"], "doc:a:b~3ac"],
    [["payment", "50% off?#1\\x"], "payment:50% off~3f~231~5cx"],
    [["client", "~2f"], "client:~7e2f"],
  ])("%j → %s", (parts, expected) => {
    const [type, ...rest] = parts as [string, ...string[]];
    expect(itemId(type, ...rest)).toBe(expected);
  });
});

describe("toRecordItem / fromRecordItem", () => {
  const client: Client = {
    tenantId: "t",
    id: "C1",
    name: "Acme",
    contacts: [{ email: " AP@Acme.com " }],
    emailDomains: ["Acme.COM", "@acme.co.uk"],
    language: "en",
    preferredChannel: "email",
  };
  const invoice = { tenantId: "t", id: "C1|42", clientId: "C1", number: "0042" } as Invoice;
  const unmatched = { tenantId: "t", id: "P9" } as Payment;
  const user = { tenantId: "t", id: "u1", email: "Pat@Firm.example" } as User;

  it.each([
    [
      "clients",
      client,
      { id: "client:C1", clientId: "C1", emails: ["ap@acme.com"], domains: ["acme.com", "acme.co.uk"] },
    ],
    ["invoices", invoice, { id: "invoice:C1|42", clientId: "C1", numberKey: "42" }],
    ["payments", unmatched, { id: "payment:P9", clientId: NO_CLIENT }],
    ["users", user, { id: "user:u1", emails: ["pat@firm.example"] }],
  ] as const)("%s", (key, record, expected) => {
    const item = toRecordItem(key, record, stamp);
    expect(item).toMatchObject({ ...expected, tenantId: "t", data: record, stamp });
    expect(item.clientId).toBe(partitionClientOf(key, record));
    expect(fromRecordItem(item)).toEqual({ ...record, stamp });
  });

  it("keeps users out of the ledger partitions", () => {
    expect(partitionClientOf("users", user)).toBeUndefined();
    expect("clientId" in toRecordItem("users", user, stamp)).toBe(false);
  });
});
