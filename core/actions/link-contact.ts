/**
 * "None matches: link this address to a client". An address belongs to at most one client: linking
 * it again to the same client changes nothing (no second write, no second audit record); linking it
 * to another client is a conflict, whether the other client has it as an imported contact or as a link.
 */
import { loadVisibleClient } from "../access/access";
import type { Client } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { audit } from "./audit";
import { CONTACT_LINK, type ContactLink, describeOwner, requireAddress } from "./contact-link";
import type { ActionDeps } from "./documents";
import { optionalText } from "./validate";

export interface LinkContactOutcome {
  email: string;
  clientId: string;
  /** False when the address already belonged to this client. */
  created: boolean;
  /** Where the address is kept: the billing system's contact list, or a Nudge link. */
  source: "contact" | "link";
  link?: ContactLink;
}

export async function linkContact(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  input: { email: unknown; name?: unknown },
  deps: ActionDeps,
): Promise<Result<LinkContactOutcome>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  const email = requireAddress(input.email);
  if (!email.ok) return email;
  const name = optionalText(input.name, 200);

  const owners = await store.findClientsByContactEmail(email.value);
  if (owners.some((c) => c.id === clientId))
    return ok({ email: email.value, clientId, created: false, source: "contact" });
  if (owners.length) {
    return fail("CONFLICT", `${email.value} is already a contact of ${describeOwner(principal, owners[0])}`);
  }

  const existing = await store.documents.get<ContactLink>(CONTACT_LINK, email.value);
  if (existing) return sameClientOrConflict(store, principal, existing.body, clientId);

  const link: ContactLink = {
    email: email.value,
    clientId,
    ...(name ? { name } : {}),
    linkedBy: principal.userId,
    linkedAt: deps.now,
  };
  const created = await store.documents.create(CONTACT_LINK, email.value, link, {
    actorId: principal.userId,
    clientId,
  });
  if (!created.ok) {
    if (created.code !== "CONFLICT") return created;
    // Someone linked the address between our read and our create: their link stands, ours is not written.
    const winner = await store.documents.get<ContactLink>(CONTACT_LINK, email.value);
    if (!winner) return fail("CONFLICT", `${email.value} was changed by someone else at the same moment; try again`);
    return sameClientOrConflict(store, principal, winner.body, clientId);
  }
  await auditLink(store, principal, deps, client.value, link);
  return ok({ email: email.value, clientId, created: true, source: "link", link });
}

async function sameClientOrConflict(
  store: TenantStore,
  principal: Principal,
  link: ContactLink,
  clientId: string,
): Promise<Result<LinkContactOutcome>> {
  if (link.clientId === clientId) return ok({ email: link.email, clientId, created: false, source: "link", link });
  const owner = await store.getClient(link.clientId);
  return fail("CONFLICT", `${link.email} is already linked to ${describeOwner(principal, owner)}`);
}

/** A link must never stand without its audit record: if the record cannot be written, the link is taken back. */
async function auditLink(
  store: TenantStore,
  principal: Principal,
  deps: ActionDeps,
  client: Client,
  link: ContactLink,
): Promise<void> {
  try {
    await audit(store, principal, deps, {
      clientId: client.id,
      kind: "contact-link",
      summary: `Linked ${link.email}${link.name ? ` (${link.name})` : ""} to ${client.name}`,
      data: { contactLinked: link.email, ...(link.name ? { name: link.name } : {}) },
    });
  } catch (error) {
    await store.documents.delete(CONTACT_LINK, link.email);
    throw error;
  }
}
