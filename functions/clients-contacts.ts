/**
 * Link a sender's address to a client (the task pane's "none matches" flow) and take a mistaken
 * link back. Thin controllers over core/actions/link-contact.ts and unlink-contact.ts.
 */
import { linkContact } from "../core/actions/link-contact";
import { unlinkContact } from "../core/actions/unlink-contact";
import { actionDeps, defineRoute, objectBody } from "./http";

defineRoute("contacts-link", { route: "clients/{clientId}/contacts", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const linked = await linkContact(
    ctx.store,
    ctx.principal,
    ctx.params.clientId ?? "",
    { email: body.value.email, name: body.value.name },
    actionDeps(ctx),
  );
  if (!linked.ok) return linked;
  // 200 when the address already belonged to this client: a retried click is not a second link.
  return { status: linked.value.created ? 201 : 200, jsonBody: linked.value };
});

defineRoute("contacts-unlink", { route: "clients/{clientId}/contacts/{email}", methods: ["DELETE"] }, async (ctx) => {
  const unlinked = await unlinkContact(
    ctx.store,
    ctx.principal,
    ctx.params.clientId ?? "",
    ctx.params.email ?? "",
    actionDeps(ctx),
  );
  if (!unlinked.ok) return unlinked;
  // 200 with `removed: false` when there was no link: repeating the request is harmless.
  return unlinked.value.removed ? { status: 204 } : { status: 200, jsonBody: unlinked.value };
});
