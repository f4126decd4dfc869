/**
 * POST /api/messages: the Teams bot's endpoint, a thin trigger that hands the activity to the bot's
 * adapter. It does not use `defineRoute`'s Entra sign-in: in production the adapter validates the
 * Bot Framework token (MicrosoftAppId set); locally, with no app id, the bot admits unauthenticated
 * activities only from loopback with a loopback serviceUrl, and never when running in Azure.
 * It also subscribes the bot's notifier to the workflow engine's escalations.
 */
import { app, type HttpResponseInit } from "./azure";
import { getDeps } from "./compose";
import { unexpected } from "./problem";
import { onWorkflowEscalation } from "./workflow-deps";

// Escalations the workflow engine creates reach the partner through the same notifier as a specialist's request.
onWorkflowEscalation(async (tenantId, escalation) => {
  const deps = await getDeps();
  await deps.bot?.notifier.escalationRequested(deps.store.forTenant(tenantId), escalation);
});

const problem = (status: number, code: string, detail: string): HttpResponseInit => ({
  status,
  headers: { "content-type": "application/problem+json" },
  jsonBody: { title: "The activity was not accepted", status, code, detail },
});

app.http("messages-post", {
  route: "messages",
  methods: ["POST"],
  authLevel: "anonymous",
  handler: async (request, invocation) => {
    try {
      const deps = await getDeps();
      if (!deps.bot) return problem(503, "UNAVAILABLE", "the Teams bot is not configured");
      if (deps.config.runningInAzure && !deps.config.bot.appId) {
        return problem(503, "UNAVAILABLE", "MicrosoftAppId is required in Azure");
      }
      let body: unknown;
      try {
        body = JSON.parse(await request.text());
      } catch {
        return problem(400, "VALIDATION", "the activity is not valid JSON");
      }
      const headers: Record<string, string> = {};
      request.headers.forEach((value, key) => {
        headers[key] = value;
      });
      const result = await deps.bot.handle({ method: request.method, url: request.url, headers, body });
      if (result.body === undefined) return { status: result.status };
      return typeof result.body === "string"
        ? { status: result.status, body: result.body }
        : { status: result.status, jsonBody: result.body };
    } catch (error) {
      invocation.error(`unhandled ${(error as Error)?.name ?? "error"} in messages-post`);
      return unexpected(invocation.invocationId);
    }
  },
});
