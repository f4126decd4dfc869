/** Payments per client, read once per run and only for clients that have a promise or a plan to check. */
import type { Payment } from "../../domain/types";
import type { TenantStore } from "../../ports/store.port";

export type PaymentsOf = (clientId: string) => Promise<Payment[]>;

export function paymentsCache(store: TenantStore): PaymentsOf {
  const cache = new Map<string, Promise<Payment[]>>();
  return (clientId) => {
    const hit = cache.get(clientId);
    if (hit) return hit;
    const loading = store.listPayments(clientId);
    cache.set(clientId, loading);
    return loading;
  };
}
