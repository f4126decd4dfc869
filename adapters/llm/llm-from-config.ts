/**
 * Builds the language-model port from the app's settings: Azure OpenAI when an endpoint is set
 * (Entra ID token from the managed identity unless an API key is given), OpenAI when a key is set,
 * nothing otherwise (drafts then come from the deterministic templates).
 */
import OpenAI, { AzureOpenAI } from "openai";
import type { LlmPort } from "../../core/drafting/llm.port";
import { createOpenAiLlm } from "./openai-llm";

export interface LlmSettings {
  OPENAI_API_KEY?: string | undefined;
  OPENAI_BASE_URL?: string | undefined;
  OPENAI_MODEL: string;
  AZURE_OPENAI_ENDPOINT?: string | undefined;
  AZURE_OPENAI_DEPLOYMENT?: string | undefined;
  AZURE_OPENAI_API_VERSION: string;
}

export const AZURE_OPENAI_SCOPE = "https://cognitiveservices.azure.com/.default";

/** Entra ID tokens for Azure OpenAI from the ambient identity (managed identity in Azure, az login locally). */
export function defaultAzureTokenProvider(): () => Promise<string> {
  let provider: Promise<() => Promise<string>> | undefined;
  return async () => {
    provider ??= import("@azure/identity").then((identity) =>
      identity.getBearerTokenProvider(new identity.DefaultAzureCredential(), AZURE_OPENAI_SCOPE),
    );
    return (await provider)();
  };
}

export function llmFromConfig(
  settings: LlmSettings,
  options: { tokenProvider?: () => Promise<string>; api?: "chat" | "responses" } = {},
): LlmPort | undefined {
  const api = options.api ?? "chat";
  if (settings.AZURE_OPENAI_ENDPOINT) {
    const deployment = settings.AZURE_OPENAI_DEPLOYMENT;
    if (!deployment) throw new Error("invalid configuration: AZURE_OPENAI_ENDPOINT needs AZURE_OPENAI_DEPLOYMENT");
    const auth = settings.OPENAI_API_KEY
      ? { apiKey: settings.OPENAI_API_KEY }
      : { azureADTokenProvider: options.tokenProvider ?? defaultAzureTokenProvider() };
    const client = new AzureOpenAI({
      endpoint: settings.AZURE_OPENAI_ENDPOINT,
      deployment,
      apiVersion: settings.AZURE_OPENAI_API_VERSION,
      maxRetries: 0,
      ...auth,
    });
    return createOpenAiLlm({ client, model: deployment, api });
  }
  if (!settings.OPENAI_API_KEY) return undefined;
  const client = new OpenAI({
    apiKey: settings.OPENAI_API_KEY,
    maxRetries: 0,
    ...(settings.OPENAI_BASE_URL ? { baseURL: settings.OPENAI_BASE_URL } : {}),
  });
  return createOpenAiLlm({ client, model: settings.OPENAI_MODEL, api });
}
