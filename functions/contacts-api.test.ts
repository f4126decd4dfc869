import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import { verifyChain } from "../core/audit/hash-chain";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack({ asOf: "2026-11-23" });
});
afterAll(async () => stack?.stop());

const address = "treasury@outside-accountants.example";
const contactPath = (clientId: string, email: string) => `/clients/${clientId}/contacts/${encodeURIComponent(email)}`;

describe("linking a sender's address to a client", () => {
  it("links once, matches the address afterwards, and takes the link back", async () => {
    const chen = await stack.tokenFor("u-chen");
    const first = await stack.call("POST", "/clients/CL-1003/contacts", chen, {
      email: "Treasury@Outside-Accountants.example",
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      email: address,
      clientId: "CL-1003",
      created: true,
      source: "link",
      link: { email: address, clientId: "CL-1003", linkedBy: "u-chen" },
    });
    const again = await stack.call("POST", "/clients/CL-1003/contacts", chen, { email: address });
    expect([again.status, again.json.created]).toEqual([200, false]);

    const match = await stack.call("GET", `/clients/match?email=${encodeURIComponent(address)}`, chen);
    expect(match.json).toMatchObject({ method: "linked", client: { clientId: "CL-1003" } });

    const removed = await stack.call("DELETE", contactPath("CL-1003", address), chen);
    expect([removed.status, removed.json]).toEqual([204, undefined]);
    const removedAgain = await stack.call("DELETE", contactPath("CL-1003", address), chen);
    expect([removedAgain.status, removedAgain.json.removed]).toEqual([200, false]);
    const after = await stack.call("GET", `/clients/match?email=${encodeURIComponent(address)}`, chen);
    expect(after.json.method).toBe("none");

    const store = SqliteStore.open({ dataDir: stack.dataDir });
    const trail = await store.forTenant("demo-firm").listInteractions({ clientId: "CL-1003" });
    await store.close();
    const links = trail.filter((i) => i.kind === "contact-link");
    expect(links.map((i) => i.data)).toEqual([
      { contactLinked: address },
      expect.objectContaining({ contactUnlinked: address, linkedBy: "u-chen" }),
    ]);
    expect((await verifyChain(trail)).ok).toBe(true);
  });

  it("answers 409 with a clear message for an address of another client, naming it only to those who see it", async () => {
    const chen = await stack.tokenFor("u-chen");
    const nair = await stack.tokenFor("u-nair");
    expect(
      (await stack.call("POST", "/clients/CL-1005/contacts", chen, { email: "cfo@elsewhere.example" })).status,
    ).toBe(201);
    const visible = await stack.call("POST", "/clients/CL-1001/contacts", chen, { email: "CFO@elsewhere.example" });
    expect(visible.status).toBe(409);
    expect(visible.headers.get("content-type")).toContain("application/problem+json");
    expect(visible.json.code).toBe("CONFLICT");
    expect(visible.json.detail).toMatch(/^cfo@elsewhere\.example is already linked to (?!another client)/);
    const hidden = await stack.call("POST", "/clients/CL-1002/contacts", nair, { email: "cfo@elsewhere.example" });
    expect([hidden.status, hidden.json.detail]).toEqual([
      409,
      "cfo@elsewhere.example is already linked to another client",
    ]);

    // An imported contact stays with its client: linking it there is a no-op, removing it is refused.
    const imported = await stack.call("POST", "/clients/CL-1001/contacts", chen, {
      email: "AP@northwind-logistics.example",
    });
    expect([imported.status, imported.json.source, imported.json.created]).toEqual([200, "contact", false]);
    const unlinkImported = await stack.call("DELETE", contactPath("CL-1001", "ap@northwind-logistics.example"), chen);
    expect([unlinkImported.status, unlinkImported.json.code]).toEqual([409, "CONFLICT"]);
  });

  it("lets one of two simultaneous links win", async () => {
    const dana = await stack.tokenFor("u-whitfield");
    const email = "race@contested.example";
    const answers = await Promise.all([
      stack.call("POST", "/clients/CL-1007/contacts", dana, { email }),
      stack.call("POST", "/clients/CL-1008/contacts", dana, { email }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
  });

  it("validates the address and keeps a specialist to their own portfolio", async () => {
    const chen = await stack.tokenFor("u-chen");
    const bad = await stack.call("POST", "/clients/CL-1003/contacts", chen, { email: "Jane Doe" });
    expect([bad.status, bad.json.code]).toEqual([400, "VALIDATION"]);
    expect(bad.json.detail).toContain("email");
    expect((await stack.call("POST", "/clients/CL-1003/contacts", chen, undefined)).status).toBe(400);
    // CL-1002 is collected by Priya Nair.
    const other = await stack.call("POST", "/clients/CL-1002/contacts", chen, { email: "someone@x.example" });
    expect([other.status, other.json.code]).toEqual([404, "NOT_FOUND"]);
    expect((await stack.call("DELETE", contactPath("CL-1002", "someone@x.example"), chen)).status).toBe(404);
  });
});
