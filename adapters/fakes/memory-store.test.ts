import { describeStoreContract } from "../store-contract";
import { MemoryStore } from "./memory-store";

describeStoreContract("memory", async () => {
  const store = new MemoryStore();
  return { store, cleanup: () => store.close() };
});
