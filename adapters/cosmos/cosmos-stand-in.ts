/**
 * Starts `@vercel/cosmosdb-server` in process on loopback for tests. Plain HTTP: the bundled TLS
 * certificate expired in 2021, and with endpoint discovery off the SDK keeps talking to the address
 * given instead of the account's advertised (https) endpoint.
 */
import type { AddressInfo } from "node:net";
import { CosmosClient } from "@azure/cosmos";
import { createHttpServer } from "@vercel/cosmosdb-server";
import { ensureCosmosLayout } from "./cosmos-layout";

export interface StandIn {
  connection: { endpoint: string; key: string; connectionPolicy: { enableEndpointDiscovery: false } };
  database: string;
  /** A raw client, for tests that look at items directly. */
  client: CosmosClient;
  stop(): Promise<void>;
}

export async function startCosmosStandIn(database = "nudge-test"): Promise<StandIn> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const connection = { endpoint, key: "stand-in-key", connectionPolicy: { enableEndpointDiscovery: false as const } };
  const client = new CosmosClient(connection);
  await ensureCosmosLayout(client, database);
  return {
    connection,
    database,
    client,
    stop: async () => {
      client.dispose();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
