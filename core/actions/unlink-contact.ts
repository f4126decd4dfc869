/**
 * Take back a linked address (a mistaken link). Only Nudge's own links can be removed here: an
 * imported contact belongs to the billing system and comes back with the next import, so it is
 * corrected there. Removing a link that is not there changes nothing, so a retried request is harmless.
 */
import { loadVisibleClient } from "../access/access";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { audit } from "./audit";
import { CONTACT_LINK, type ContactLink, normalizeAddress, requireAddress } from "./contact-link";
import type { ActionDeps } from "./documents";

export interface UnlinkContactOutcome {
  email: string;
  clientId: string;
  /** False when this client had no link for the address (already removed, or never made). */
  removed: boolean;
}

export async function unlinkContact(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  rawEmail: unknown,
  deps: ActionDeps,
): Promise<Result<UnlinkContactOutcome>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  const email = requireAddress(rawEmail);
  if (!email.ok) return email;

  const link = await store.documents.get<ContactLink>(CONTACT_LINK, email.value);
  if (!link || link.body.clientId !== clientId) {
    const imported = client.value.contacts.some((c) => normalizeAddress(c.email) === email.value);
    if (imported) {
      return fail(
        "CONFLICT",
        `${email.value} is a contact in the billing system, not a link made in Nudge; correct it in the billing system`,
      );
    }
    // A link to another client is that client's business: from here it simply is not linked.
    return ok({ email: email.value, clientId, removed: false });
  }
  // Of two concurrent removals only one deletes the document, so only one writes the audit record.
  // (The port has no delete-if-match: an unlink racing an unlink-and-relink elsewhere could remove
  // the new link, which the next link request simply makes again.)
  const removed = await store.documents.delete(CONTACT_LINK, email.value);
  if (removed) {
    await audit(store, principal, deps, {
      clientId,
      kind: "contact-link",
      summary: `Unlinked ${email.value} from ${client.value.name}`,
      data: { contactUnlinked: email.value, linkedBy: link.body.linkedBy, linkedAt: link.body.linkedAt },
    });
  }
  return ok({ email: email.value, clientId, removed });
}
