import { beforeEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import { linkContact } from "../actions/link-contact";
import type { Client, Role } from "../domain/types";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { matchClient } from "./match-client";

const who = (userId: string, role: Role): Principal => ({
  tenantId: "t",
  userId,
  email: "",
  name: userId,
  roles: [role],
});
const chen = who("u-chen", "specialist");
const nair = who("u-nair", "specialist");
const deps = { asOf: "2026-11-23", now: "2026-11-23T10:00:00.000Z", newId: () => globalThis.crypto.randomUUID() };

function client(id: string, collectorId: string, extra: Partial<Client> = {}): Client {
  return {
    tenantId: "t",
    id,
    name: `Client ${id}`,
    contacts: [],
    emailDomains: [],
    collectorId,
    language: "en",
    preferredChannel: "email",
    ...extra,
  };
}

let store: TenantStore;
beforeEach(async () => {
  store = new MemoryStore().forTenant("t");
  await store.applyLedgerBatch(
    {
      clients: [
        client("C1", "u-chen", { contacts: [{ email: "ap@acme.example" }], emailDomains: ["acme.example"] }),
        client("C2", "u-chen", { emailDomains: ["globex.example"] }),
      ],
    },
    "import",
  );
});

const idsOf = (m: { clients: Client[] }) => m.clients.map((c) => c.id);

describe("matchClient", () => {
  it("matches a linked address to its client, ahead of the domain", async () => {
    // globex.example is C2's domain, but this sender was linked to C1 (e.g. Acme's outside accountant).
    expect(await matchClient(store, chen, { email: "pay@globex.example" })).toMatchObject({ method: "domain" });
    await linkContact(store, chen, "C1", { email: "pay@globex.example" }, deps);
    const match = await matchClient(store, chen, { email: " Pay@Globex.example" });
    expect(match.method).toBe("linked");
    expect(idsOf(match)).toEqual(["C1"]);
  });

  it("prefers the billing system's contact, and lets an unknown address fall through to none", async () => {
    const contact = await matchClient(store, chen, { email: "AP@acme.example" });
    expect([contact.method, idsOf(contact)]).toEqual(["contact", ["C1"]]);
    expect(await matchClient(store, chen, { email: "who@nowhere.example" })).toEqual({ method: "none", clients: [] });
  });

  it("keeps visibility: a link to a client the principal may not see does not match", async () => {
    await linkContact(store, chen, "C1", { email: "cfo@elsewhere.example" }, deps);
    expect(await matchClient(store, nair, { email: "cfo@elsewhere.example" })).toEqual({ method: "none", clients: [] });
  });
});
