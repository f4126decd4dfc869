/**
 * An email address a person linked to a client, for senders the billing system does not list as a
 * contact. Clients are ledger records the billing import rewrites, so an edited contact list would be
 * lost on the next import: the link is a Nudge-owned workflow document instead, one per address
 * (id = the lower-case address), which makes "one client per address" a property of the store's
 * create-if-absent and lets a lookup by address alone be a point read on every store.
 */
import type { Client, IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { TenantStore } from "../ports/store.port";
import { canSeeClient } from "../access/access";
import type { Principal } from "../ports/principal";

export const CONTACT_LINK = "contact-link";

export interface ContactLink {
  /** Lower-case, trimmed: also the document id. */
  email: string;
  clientId: string;
  name?: string;
  linkedBy: string;
  linkedAt: IsoInstant;
}

const MAX_ADDRESS = 254;
// Practical, not RFC 5322: one @, no spaces or the characters that only appear in display forms
// ("Name <a@b>", lists), and a dotted domain. Good enough to catch a pasted name or a typo.
const ADDRESS = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\.]+$/;

export function normalizeAddress(email: string): string {
  return email.trim().toLowerCase();
}

export function requireAddress(value: unknown, field = "email"): Result<string> {
  if (typeof value !== "string" || value.trim() === "") return fail("VALIDATION", `${field} is required`);
  const email = normalizeAddress(value);
  if (email.length > MAX_ADDRESS || !ADDRESS.test(email) || email.includes("..")) {
    return fail("VALIDATION", `${field} must be one email address, such as name@example.com`);
  }
  return ok(email);
}

export async function findContactLink(store: TenantStore, email: string): Promise<ContactLink | undefined> {
  return (await store.documents.get<ContactLink>(CONTACT_LINK, normalizeAddress(email)))?.body;
}

/** "a contact of Globex" for a client the principal may see; never the name of one they may not. */
export function describeOwner(principal: Principal, owner: Client | undefined): string {
  return owner && canSeeClient(principal, owner) ? owner.name : "another client";
}
