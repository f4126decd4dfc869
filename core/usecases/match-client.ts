/**
 * Matches an email sender to clients: the exact contact address first, then an address a person
 * linked to a client in Nudge, then the address's domain, then invoice or matter numbers quoted in
 * the subject or body. Several matches are returned for the specialist to pick from; none means
 * "offer to link this address".
 */
import type { Client } from "../domain/types";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { canSeeClient } from "../access/access";
import { findContactLink } from "../actions/contact-link";

/** `linked`: the address was linked to its client in Nudge (it is not in the billing system's contacts). */
export type MatchMethod = "contact" | "linked" | "domain" | "reference" | "none";

export interface ClientMatch {
  method: MatchMethod;
  clients: Client[];
}

/** Candidate invoice/matter references in free text: tokens of 4+ chars that contain a digit. */
export function referencesIn(text: string): string[] {
  const tokens = text.match(/\b[A-Z0-9][A-Z0-9-/]{2,}[0-9]\b/gi) ?? [];
  return [...new Set(tokens.filter((t) => /\d/.test(t) && t.length >= 4))].slice(0, 20);
}

export async function matchClient(
  store: TenantStore,
  principal: Principal,
  input: { email: string; subject?: string; body?: string },
): Promise<ClientMatch> {
  const visible = (clients: Client[]) => clients.filter((c) => canSeeClient(principal, c));
  const email = input.email.trim().toLowerCase();
  const byContact = visible(await store.findClientsByContactEmail(email));
  if (byContact.length) return { method: "contact", clients: byContact };
  const link = await findContactLink(store, email);
  if (link) {
    const linked = await store.getClient(link.clientId);
    if (linked && canSeeClient(principal, linked)) return { method: "linked", clients: [linked] };
  }
  const domain = email.split("@")[1];
  if (domain) {
    const byDomain = visible(await store.findClientsByDomain(domain));
    if (byDomain.length) return { method: "domain", clients: byDomain };
  }
  const refs = referencesIn(`${input.subject ?? ""}\n${input.body ?? ""}`);
  const ids = new Set<string>();
  for (const ref of refs) for (const inv of await store.findInvoicesByNumber(ref)) ids.add(inv.clientId);
  const byReference: Client[] = [];
  for (const id of ids) {
    const c = await store.getClient(id);
    if (c && canSeeClient(principal, c)) byReference.push(c);
  }
  return byReference.length ? { method: "reference", clients: byReference } : { method: "none", clients: [] };
}
