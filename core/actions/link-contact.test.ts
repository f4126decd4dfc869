import { beforeEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import type { Client, Role } from "../domain/types";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { CONTACT_LINK, type ContactLink, findContactLink, requireAddress } from "./contact-link";
import { linkContact } from "./link-contact";
import { unlinkContact } from "./unlink-contact";

const who = (userId: string, role: Role): Principal => ({
  tenantId: "t",
  userId,
  email: "",
  name: userId,
  roles: [role],
});
const chen = who("u-chen", "specialist");
const nair = who("u-nair", "specialist");
const manager = who("u-dana", "manager");
let ids = 0;
const deps = { asOf: "2026-11-23", now: "2026-11-23T10:00:00.000Z", newId: () => `id-${++ids}` };

function client(id: string, name: string, collectorId: string, contacts: string[] = []): Client {
  return {
    tenantId: "t",
    id,
    name,
    contacts: contacts.map((email) => ({ email })),
    emailDomains: [],
    collectorId,
    language: "en",
    preferredChannel: "email",
  };
}

let store: TenantStore;
beforeEach(async () => {
  store = new MemoryStore().forTenant("t");
  await store.applyLedgerBatch(
    {
      clients: [
        client("C1", "Acme", "u-chen", ["ap@acme.example"]),
        client("C2", "Globex", "u-chen"),
        client("C3", "Initech", "u-nair", ["Billing@Initech.example"]),
      ],
    },
    "import",
  );
});

const trail = async () => store.listInteractions({ kinds: ["contact-link"] });

describe("requireAddress", () => {
  it.each([
    ["  Jane.Doe@Globex.Example ", true],
    ["ap@acme.co.uk", true],
    ["", false],
    ["jane", false],
    ["jane@globex", false],
    ["Jane Doe <jane@globex.example>", false],
    ["a@b@c.example", false],
    ["jane..doe@globex.example", false],
    [42, false],
  ])("%j valid=%s", (value, valid) => {
    const result = requireAddress(value);
    expect(result.ok).toBe(valid);
    if (!result.ok) expect(result.message).toMatch(/^email /);
  });
});

describe("linkContact", () => {
  it("links a normalized address to a visible client with one audit record", async () => {
    const result = await linkContact(store, chen, "C2", { email: " Treasury@Globex.Example ", name: "Treasury" }, deps);
    expect(result).toEqual({
      ok: true,
      value: {
        email: "treasury@globex.example",
        clientId: "C2",
        created: true,
        source: "link",
        link: {
          email: "treasury@globex.example",
          clientId: "C2",
          name: "Treasury",
          linkedBy: "u-chen",
          linkedAt: deps.now,
        },
      },
    });
    const stored = await store.documents.get<ContactLink>(CONTACT_LINK, "treasury@globex.example");
    expect(stored?.clientId).toBe("C2");
    expect(await findContactLink(store, "TREASURY@globex.example")).toMatchObject({ clientId: "C2" });
    const records = await trail();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      clientId: "C2",
      actorId: "u-chen",
      summary: "Linked treasury@globex.example (Treasury) to Globex",
      data: { contactLinked: "treasury@globex.example", name: "Treasury" },
    });
  });

  it("is idempotent: the same link again, or an imported contact of the client, writes nothing", async () => {
    await linkContact(store, chen, "C2", { email: "treasury@globex.example" }, deps);
    const again = await linkContact(store, chen, "C2", { email: "TREASURY@globex.example" }, deps);
    expect(again.ok && again.value).toMatchObject({ created: false, source: "link" });
    const imported = await linkContact(store, chen, "C1", { email: "AP@acme.example" }, deps);
    expect(imported.ok && imported.value).toEqual({
      email: "ap@acme.example",
      clientId: "C1",
      created: false,
      source: "contact",
    });
    expect(await store.documents.get(CONTACT_LINK, "ap@acme.example")).toBeUndefined();
    expect(await trail()).toHaveLength(1);
  });

  it("refuses an address that belongs to another client, naming it only when the principal may see it", async () => {
    await linkContact(store, chen, "C2", { email: "treasury@globex.example" }, deps);
    const linkedElsewhere = await linkContact(store, chen, "C1", { email: "treasury@globex.example" }, deps);
    expect(linkedElsewhere).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "treasury@globex.example is already linked to Globex",
    });
    const contactElsewhere = await linkContact(store, chen, "C1", { email: "billing@initech.example" }, deps);
    expect(contactElsewhere).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "billing@initech.example is already a contact of another client",
    });
    const managerSees = await linkContact(store, manager, "C1", { email: "billing@initech.example" }, deps);
    expect(!managerSees.ok && managerSees.message).toBe("billing@initech.example is already a contact of Initech");
    expect(await trail()).toHaveLength(1);
  });

  it("lets exactly one of two concurrent links of the same address win", async () => {
    const [a, b] = await Promise.all([
      linkContact(store, manager, "C1", { email: "new@x.example" }, deps),
      linkContact(store, manager, "C2", { email: "new@x.example" }, deps),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ code: "CONFLICT" });
    const winner = results.find((r) => r.ok);
    const stored = await findContactLink(store, "new@x.example");
    expect(winner?.ok && winner.value.clientId).toBe(stored?.clientId);
    expect(await trail()).toHaveLength(1);

    const [c, d] = await Promise.all([
      linkContact(store, chen, "C1", { email: "same@x.example" }, deps),
      linkContact(store, chen, "C1", { email: "same@x.example" }, deps),
    ]);
    expect([c, d].map((r) => r.ok && r.value.created).sort()).toEqual([false, true]);
    expect(await trail()).toHaveLength(2);
  });

  it("answers not found for a client the specialist does not collect, and validates the address", async () => {
    const hidden = await linkContact(store, nair, "C1", { email: "someone@acme.example" }, deps);
    expect(hidden).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const bad = await linkContact(store, chen, "C1", { email: "Jane Doe" }, deps);
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    const missing = await linkContact(store, chen, "C1", { email: undefined }, deps);
    expect(missing).toMatchObject({ ok: false, code: "VALIDATION", message: "email is required" });
    expect(await store.documents.list(CONTACT_LINK)).toHaveLength(0);
    expect(await trail()).toHaveLength(0);
  });

  it("takes the link back when its audit record cannot be written", async () => {
    const failing = Object.create(store) as TenantStore;
    failing.appendInteractions = async () => {
      throw new Error("store down");
    };
    await expect(linkContact(failing, chen, "C2", { email: "treasury@globex.example" }, deps)).rejects.toThrow(
      "store down",
    );
    expect(await findContactLink(store, "treasury@globex.example")).toBeUndefined();
  });
});

describe("unlinkContact", () => {
  it("removes a link once, with one audit record, and is harmless to repeat", async () => {
    await linkContact(store, chen, "C2", { email: "treasury@globex.example" }, deps);
    const [first, second] = await Promise.all([
      unlinkContact(store, chen, "C2", "Treasury@Globex.example", deps),
      unlinkContact(store, chen, "C2", "treasury@globex.example", deps),
    ]);
    expect([first, second].map((r) => r.ok && r.value.removed).sort()).toEqual([false, true]);
    expect(await findContactLink(store, "treasury@globex.example")).toBeUndefined();
    const records = await trail();
    expect(records.map((r) => r.summary)).toEqual([
      "Linked treasury@globex.example to Globex",
      "Unlinked treasury@globex.example from Globex",
    ]);
    expect(records[1]?.data).toMatchObject({ contactUnlinked: "treasury@globex.example", linkedBy: "u-chen" });
    // Once removed, the address can go to another client.
    expect((await linkContact(store, chen, "C1", { email: "treasury@globex.example" }, deps)).ok).toBe(true);
  });

  it("leaves another client's link and imported contacts alone", async () => {
    await linkContact(store, chen, "C2", { email: "treasury@globex.example" }, deps);
    const elsewhere = await unlinkContact(store, chen, "C1", "treasury@globex.example", deps);
    expect(elsewhere).toEqual({
      ok: true,
      value: { email: "treasury@globex.example", clientId: "C1", removed: false },
    });
    expect(await findContactLink(store, "treasury@globex.example")).toMatchObject({ clientId: "C2" });
    const imported = await unlinkContact(store, chen, "C1", "ap@acme.example", deps);
    expect(imported).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await unlinkContact(store, nair, "C2", "treasury@globex.example", deps)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await unlinkContact(store, chen, "C2", "not an address", deps)).toMatchObject({ code: "VALIDATION" });
    expect(await trail()).toHaveLength(1);
  });
});
