/**
 * Who is signed in (`GET /api/me`: the page shows the views a role may use) and the firm's people
 * for managers' filters and the authority matrix (`GET /api/users`: names and roles, no contact data).
 */
import { ok } from "../core/errors/codes";
import { defineRoute } from "./http";

defineRoute("me-get", { route: "me", methods: ["GET"] }, async (ctx) =>
  ok({
    userId: ctx.principal.userId,
    name: ctx.principal.name,
    email: ctx.principal.email,
    roles: ctx.principal.roles,
  }),
);

defineRoute("users-list", { route: "users", methods: ["GET"], roles: ["manager", "admin"] }, async (ctx) =>
  ok(
    (await ctx.store.listUsers())
      .map((u) => ({ id: u.id, displayName: u.displayName, roles: u.roles }))
      .sort((a, b) => (a.displayName < b.displayName ? -1 : 1)),
  ),
);
