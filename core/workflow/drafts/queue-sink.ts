/**
 * Nudge's own draft queue over the DocumentStore: the local default sink when no Microsoft Graph is
 * configured (emails wait in the queue like SMS and letters), and the queue half of the Graph sink.
 */
import { ok, type Result } from "../../errors/codes";
import type { DocumentStore } from "../../ports/store.port";
import { WF_DOC, WORKFLOW_ACTOR, type WorkflowDraft } from "../documents";
import type { DraftOwner, DraftSink, EmailDraft, EmailDraftReceipt } from "../ports/draft-sink.port";

export function queueDraftSink(documents: DocumentStore): DraftSink {
  return {
    async createEmailDraft(_owner: DraftOwner, _email: EmailDraft): Promise<Result<EmailDraftReceipt>> {
      return ok({ location: "queue" });
    },
    async queue(draft: WorkflowDraft): Promise<Result<{ id: string }>> {
      const created = await documents.create(WF_DOC.draft, draft.id, draft, {
        actorId: WORKFLOW_ACTOR,
        clientId: draft.clientId,
      });
      return created.ok ? ok({ id: draft.id }) : created;
    },
  };
}
