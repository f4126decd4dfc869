/**
 * Real clients to preview drafts with: those with overdue invoices (a reminder needs one), largest
 * balances first, from today's aging by client.
 */
import type { DashboardApi } from "../api/dashboard-api";
import { useLoad } from "../../../web-shared/react/use-load";

export function usePreviewClients(api: DashboardApi, limit = 50): { id: string; name: string }[] {
  const [aging] = useLoad(() => api.aging("client"), []);
  if (aging.state !== "ok") return [];
  return aging.value.rows
    .filter((r) => r.clientId && r.totalMinor > (r.buckets.current ?? 0))
    .slice(0, limit)
    .map((r) => ({ id: r.clientId!, name: r.label }));
}
