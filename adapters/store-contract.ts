/**
 * The one contract every `Store` adapter passes (in-memory fake, embedded SQLite, Cosmos DB). Use cases
 * are tested against the fake, so the fake is only trustworthy because this suite pins the same
 * behaviour on the real engines. Each test works under its own fresh tenant id, so `open` is called
 * once per adapter and the data stays small (the Cosmos stand-in's query engine is quadratic).
 *
 * Semantics pinned here beyond the port's comments: `listInteractions` is `since <= at < until`;
 * replacing a missing document is `NOT_FOUND`; results are copies; list order is not part of the
 * contract except the per-client append order of interactions.
 */
import { afterAll, beforeAll, describe } from "vitest";
import type { Store } from "../core/ports/store.port";
import { documentsContract } from "./store-contract/documents.contract";
import { interactionsContract } from "./store-contract/interactions.contract";
import { isolationContract } from "./store-contract/isolation.contract";
import { ledgerContract } from "./store-contract/ledger.contract";

export interface OpenedStore {
  store: Store;
  cleanup: () => Promise<void>;
}

export function describeStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract: ${name}`, () => {
    let opened: OpenedStore | undefined;
    const store = (): Store => {
      if (!opened) throw new Error(`the ${name} store did not open`);
      return opened.store;
    };

    beforeAll(async () => {
      opened = await open();
    });
    afterAll(async () => {
      await opened?.cleanup();
    });

    isolationContract(store);
    ledgerContract(store);
    interactionsContract(store);
    documentsContract(store);
  });
}
