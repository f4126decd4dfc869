/**
 * Escalations for the managers' dashboard: the list (optionally by status) with client and partner
 * names and ages, and the overview — pending by partner, decided this week, write-offs this week.
 */
import { DOC, type Escalation } from "../core/actions/documents";
import { fail, ok } from "../core/errors/codes";
import { escalationRows, escalationsOverview } from "../core/reports/escalations-overview";
import { WF_DOC } from "../core/workflow/documents";
import type { WriteOffRequest } from "../core/workflow/writeoffs/write-off-types";
import { asOfParam, defineRoute } from "./http";

const STATUSES = ["pending", "decided", "cancelled"];

defineRoute(
  "escalations-list",
  { route: "escalations", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => {
    const asOf = asOfParam(ctx);
    if (!asOf.ok) return asOf;
    const status = ctx.query.get("status");
    if (status !== null && !STATUSES.includes(status))
      return fail("VALIDATION", `status must be one of ${STATUSES.join(", ")}`);
    const [docs, clients, users] = await Promise.all([
      ctx.store.documents.list<Escalation>(DOC.escalation),
      ctx.store.listClients(),
      ctx.store.listUsers(),
    ]);
    const escalations = docs.map((d) => d.body).filter((e) => status === null || e.status === status);
    return ok({ asOf: asOf.value, items: escalationRows(escalations, clients, users, asOf.value) });
  },
);

defineRoute(
  "reports-escalations",
  { route: "reports/escalations", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => {
    const asOf = asOfParam(ctx);
    if (!asOf.ok) return asOf;
    const [escalations, writeOffs, users] = await Promise.all([
      ctx.store.documents.list<Escalation>(DOC.escalation),
      ctx.store.documents.list<WriteOffRequest>(WF_DOC.writeOff),
      ctx.store.listUsers(),
    ]);
    return ok(
      escalationsOverview(
        escalations.map((d) => d.body),
        writeOffs.map((d) => d.body),
        users,
        asOf.value,
      ),
    );
  },
);
