/**
 * Chooses where drafts go. With Graph credentials (the Entra app's tenant, client id and secret),
 * emails are created in each collector's Outlook Drafts folder; without them (the local default)
 * every draft, email included, waits in Nudge's queue.
 */
import type { DocumentStore } from "../../core/ports/store.port";
import { queueDraftSink } from "../../core/workflow/drafts/queue-sink";
import type { DraftSink } from "../../core/workflow/ports/draft-sink.port";
import { type AppCredentials, clientCredentialsToken } from "./app-token";
import { createGraphClient, graphDraftSink } from "./graph-draft-sink";

export interface DraftSinkSettings {
  graph?: { baseUrl: string; credentials: AppCredentials };
}

export function createDraftSink(documents: DocumentStore, settings: DraftSinkSettings = {}): DraftSink {
  const queue = queueDraftSink(documents);
  if (!settings.graph) return queue;
  const client = createGraphClient({
    baseUrl: settings.graph.baseUrl,
    getToken: clientCredentialsToken(settings.graph.credentials),
  });
  return graphDraftSink(client, queue);
}
