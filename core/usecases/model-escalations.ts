/**
 * The model's recommended escalation days, as the workflow engine's daily run takes them
 * (`RunSequencesInput.escalationDates`): the engine escalates a client whose day has come.
 */
import { addDays } from "../domain/dates";
import type { IsoDate } from "../domain/types";
import type { TenantStore } from "../ports/store.port";
import { loadClientScores, loadModelInService } from "./model-store";

/**
 * Per client, the earliest escalation day over its accounts, from the scores the version in
 * service stored for `asOf` or before; a day ahead is accepted because the nightly scores as of the
 * app's (UTC) day while a firm west of UTC runs its sequences on its own, earlier, calendar day.
 * A backfill run for an older day ignores scores made more than a day after it. Empty before the
 * first training.
 */
export async function modelEscalationDates(store: TenantStore, asOf: IsoDate): Promise<Map<string, IsoDate>> {
  const dates = new Map<string, IsoDate>();
  const serving = await loadModelInService(store);
  if (!serving) return dates;
  const latest = addDays(asOf, 1);
  for (const record of (await loadClientScores(store)).values()) {
    if (record.modelVersion !== serving.record.model.versionId || record.asOf > latest) continue;
    for (const a of record.accounts) {
      const date = a.escalation?.date;
      if (date === undefined) continue;
      const before = dates.get(record.clientId);
      if (before === undefined || date < before) dates.set(record.clientId, date);
    }
  }
  return dates;
}
