/**
 * Write-offs in the period: the write-off credits in the ledger dated in it (count, total, by
 * reason), and the requests still waiting for a decision (count, total), and those rejected.
 */
import type { Credit } from "../../domain/types";
import { sumMinor } from "../../money/money";
import type { WriteOffRequest } from "../writeoffs/write-off-types";
import { inPeriod, type Period } from "./period";

export interface WriteOffReport {
  count: number;
  totalMinor: number;
  byReason: Record<string, { count: number; totalMinor: number }>;
  pending: { count: number; totalMinor: number };
  rejected: number;
}

export function writeOffReport(credits: Credit[], requests: WriteOffRequest[], period: Period): WriteOffReport {
  const done = credits.filter((c) => c.kind === "write-off" && inPeriod(c.date, period));
  const byReason: WriteOffReport["byReason"] = {};
  for (const c of done) {
    const r = byReason[c.reason] ?? { count: 0, totalMinor: 0 };
    byReason[c.reason] = r;
    r.count += 1;
    r.totalMinor += c.amountMinor;
  }
  const pending = requests.filter((r) => r.status === "pending");
  return {
    count: done.length,
    totalMinor: sumMinor(done.map((c) => c.amountMinor)),
    byReason,
    pending: { count: pending.length, totalMinor: sumMinor(pending.map((r) => r.amountMinor)) },
    rejected: requests.filter((r) => r.status === "rejected" && inPeriod(r.decision?.decidedAt.slice(0, 10), period))
      .length,
  };
}
