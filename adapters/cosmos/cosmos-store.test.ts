/**
 * Runs the store contract against Cosmos DB semantics on the in-process stand-in. The stand-in ignores
 * the query `partitionKey` option, which is why the adapter puts `tenantId` in every query's SQL: the
 * isolation tests fail if one is missing.
 */
import { describeStoreContract } from "../store-contract";
import { startCosmosStandIn } from "./cosmos-stand-in";
import { openCosmosStore } from "./cosmos-store";

describeStoreContract("cosmos", async () => {
  const standIn = await startCosmosStandIn();
  const store = await openCosmosStore({ ...standIn.connection, database: standIn.database });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await standIn.stop();
    },
  };
});
