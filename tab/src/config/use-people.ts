/** The firm's people by id, to show names where records keep ids (who saved a version). */
import type { DashboardApi } from "../api/dashboard-api";
import { useLoad } from "../../../web-shared/react/use-load";

export function usePeopleNames(api: DashboardApi): (id: string) => string {
  const [people] = useLoad(() => api.users(), []);
  const names = new Map(people.state === "ok" ? people.value.map((p) => [p.id, p.displayName]) : []);
  return (id) => names.get(id) ?? id;
}
