/** The open workflow state of one client: what the task pane and the bot show beside the ledger. */
import { loadVisibleClient } from "../access/access";
import { ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { StoredDocument, TenantStore } from "../ports/store.port";
import { DOC, type Dispute, type Escalation, type Hold, type PromiseToPay } from "./documents";

export interface AccountState {
  clientId: string;
  promises: PromiseToPay[];
  disputes: Dispute[];
  holds: Hold[];
  escalations: Escalation[];
  /** Documents of kinds other engineers add (plans, sequence state) keyed by kind. */
  other: Record<string, unknown[]>;
}

const bodies = <T>(docs: StoredDocument<T>[]) => docs.map((d) => d.body);

export async function getAccountState(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  extraKinds: string[] = [],
): Promise<Result<AccountState>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  const [promises, disputes, holds, escalations, ...others] = await Promise.all([
    store.documents.list<PromiseToPay>(DOC.promise, { clientId }),
    store.documents.list<Dispute>(DOC.dispute, { clientId }),
    store.documents.list<Hold>(DOC.hold, { clientId }),
    store.documents.list<Escalation>(DOC.escalation, { clientId }),
    ...extraKinds.map((k) => store.documents.list<unknown>(k, { clientId })),
  ]);
  return ok({
    clientId,
    promises: bodies(promises),
    disputes: bodies(disputes),
    holds: bodies(holds),
    escalations: bodies(escalations),
    other: Object.fromEntries(extraKinds.map((k, i) => [k, bodies(others[i] ?? [])])),
  });
}
