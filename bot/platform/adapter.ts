/**
 * The Bot Framework adapter, built from the app's bot settings. With an app id, the adapter
 * validates every inbound Bot Framework token and signs outbound calls (client secret, or a
 * user-assigned managed identity when MicrosoftAppType is UserAssignedMSI). With no app id it runs
 * unauthenticated: local development only, and `/api/messages` admits such calls from loopback only.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from "botbuilder";

export interface BotSettings {
  appId: string;
  appType: string;
  appTenantId: string;
  appPassword?: string;
}

export function createCloudAdapter(settings: BotSettings): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.appId,
    MicrosoftAppType: settings.appType || (settings.appId ? "MultiTenant" : ""),
    MicrosoftAppTenantId: settings.appTenantId,
    MicrosoftAppPassword: settings.appPassword ?? "",
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Ids and the error class only: an activity's text or a card's content may quote client data.
    console.error(
      `bot: turn failed (${error?.name ?? "error"}) activity=${context.activity.id ?? "-"} type=${context.activity.type}`,
      error?.stack?.split("\n")[1]?.trim() ?? "",
    );
    if (context.activity.type === "message") {
      await context.sendActivity("Sorry, something went wrong on our side. Please try again.").catch(() => undefined);
    }
  };
  return adapter;
}
