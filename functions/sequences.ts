/**
 * The follow-up sequences over HTTP: run the engine for a day (managers and administrators), review
 * the drafts it made (letters also as PDF on the firm's letterhead), work the tasks it opened, count
 * what waits (the task pane's badge), and pause, resume or mark a reply handled per client.
 */
import { queuedLetterContent, renderLetterPdf } from "../adapters/letters/letter-pdf";
import { isIsoDate } from "../core/domain/dates";
import { fail, ok, type Result } from "../core/errors/codes";
import type { Handled } from "../core/workflow/drafts/queue-facts";
import { countDrafts, listDrafts, queuedLetter, reviewDraft } from "../core/workflow/drafts/review-draft";
import { runInstantFor } from "../core/workflow/engine/run-instant";
import { changeSequenceState, getSequenceState } from "../core/workflow/state/sequence-state";
import { completeTask, countTasks, listTasks } from "../core/workflow/tasks";
import { actionDeps, defineRoute, objectBody, type RouteContext, type RouteResult } from "./http";
import { problem } from "./problem";
import { runDailySequences } from "./workflow-deps";

/**
 * 409 `ALREADY_DECIDED` for a draft or task someone handled first: the problem names them in
 * `detail`, and carries `handled: {status, by, byName, at}` as an extension member for programs.
 */
function handledFirst<T>(result: Result<T>, ctx: RouteContext): RouteResult {
  if (result.ok || result.code !== "ALREADY_DECIDED") return result;
  const handled = (result.details as { handled?: Handled } | undefined)?.handled;
  if (!handled) return result;
  const { details: _details, ...failure } = result;
  const response = problem(failure, new URL(ctx.request.url).pathname);
  return { ...response, jsonBody: { ...(response.jsonBody as Record<string, unknown>), handled } };
}

defineRoute(
  "sequences-run",
  { route: "sequences/run", methods: ["POST"], roles: ["manager", "admin"] },
  async (ctx) => {
    const body = await objectBody(ctx);
    if (!body.ok) return body;
    const asOf = body.value.asOf ?? ctx.deps.today();
    if (typeof asOf !== "string" || !isIsoDate(asOf)) return fail("VALIDATION", "asOf must be a date as YYYY-MM-DD");
    const runAt = body.value.runAt ?? runInstantFor(asOf, ctx.deps.now().toISOString());
    if (typeof runAt !== "string" || Number.isNaN(Date.parse(runAt)))
      return fail("VALIDATION", "runAt must be an ISO instant");
    const { escalationsCreated: _e, ...summary } = await runDailySequences(ctx.deps, ctx.principal.tenantId, {
      asOf,
      runAt,
    });
    return ok(summary);
  },
);

defineRoute("drafts-list", { route: "drafts", methods: ["GET"] }, async (ctx) => {
  const clientId = ctx.query.get("clientId") ?? undefined;
  const status = ctx.query.get("status") ?? undefined;
  return ok(
    await listDrafts(ctx.store, ctx.principal, { ...(clientId ? { clientId } : {}), ...(status ? { status } : {}) }),
  );
});

defineRoute("drafts-review", { route: "drafts/{id}", methods: ["PATCH"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  return handledFirst(
    await reviewDraft(ctx.store, ctx.principal, ctx.params.id ?? "", { action: body.value.action }, actionDeps(ctx)),
    ctx,
  );
});

/** What waits for the caller, counted only (no bodies): the task pane's badge, read when the pane opens. */
defineRoute("queue-summary", { route: "queue/summary", methods: ["GET"] }, async (ctx) => {
  const [drafts, tasks] = await Promise.all([
    countDrafts(ctx.store, ctx.principal),
    countTasks(ctx.store, ctx.principal),
  ]);
  return ok({ drafts, tasks, total: drafts + tasks });
});

/**
 * A queued letter as PDF, printed on request from its stored text and layout rather than stored: a
 * PDF with its embedded font is tens of kilobytes, which in every draft document would weigh on each
 * queue listing and on Cosmos DB's request charges, for a file that renders in milliseconds.
 */
defineRoute("drafts-pdf", { route: "drafts/{id}/pdf", methods: ["GET"] }, async (ctx) => {
  const letter = await queuedLetter(ctx.store, ctx.principal, ctx.params.id ?? "");
  if (!letter.ok) return letter;
  const tenant = await ctx.store.getTenant();
  const pdf = await renderLetterPdf(queuedLetterContent(letter.value), { firmName: tenant?.name ?? "" });
  const name = `letter-${letter.value.clientId}-${letter.value.runDate}.pdf`.replace(/[^\w.-]+/g, "-");
  return {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${name}"`,
      "cache-control": "private, no-store",
    },
    body: pdf,
  };
});

defineRoute("tasks-list", { route: "tasks", methods: ["GET"] }, async (ctx) => {
  const assignedTo = ctx.query.get("assignedTo") ?? undefined;
  const status = ctx.query.get("status") === "done" ? "done" : "open";
  return ok(await listTasks(ctx.store, ctx.principal, { ...(assignedTo ? { assignedTo } : {}), status }));
});

defineRoute("tasks-complete", { route: "tasks/{id}/done", methods: ["POST"] }, async (ctx) =>
  handledFirst(await completeTask(ctx.store, ctx.principal, ctx.params.id ?? "", actionDeps(ctx).now), ctx),
);

defineRoute("sequence-state-get", { route: "clients/{clientId}/sequence", methods: ["GET"] }, async (ctx) =>
  getSequenceState(ctx.store, ctx.principal, ctx.params.clientId ?? ""),
);

defineRoute("sequence-state-change", { route: "clients/{clientId}/sequence", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return changeSequenceState(
    ctx.store,
    ctx.principal,
    ctx.params.clientId ?? "",
    { action: b.action, until: b.until, reason: b.reason },
    actionDeps(ctx),
  );
});
