/** Turns the digest's figures into the card's view model: formatted money, changes, links. */
import type { DigestCardModel } from "../cards/models";
import { type BotEnv, clientUrl, dashboardUrl } from "../env";
import { money, signedMoney } from "../views/format";
import type { DigestFigures } from "./digest-figures";

const round1 = (x: number) => Math.round(x * 10) / 10;

export function digestCardModel(env: Pick<BotEnv, "publicUrl">, firmName: string, f: DigestFigures): DigestCardModel {
  const c = f.currency;
  const total = f.buckets.reduce((s, b) => s + Math.max(0, b.nowMinor), 0);
  const side = (d: DigestFigures["baseline"] & object, key: "before" | "after") => ({
    from: d[key].from,
    to: d[key].to,
    invoices: d[key].paid,
    daysToPay: d[key].avgDaysToPay,
    cycleDays: d[key].avgCycleDays,
    touchesPerCycle: d[key].touchesPerCycle,
  });
  return {
    firmName,
    weekStart: f.weekStart,
    weekEnd: f.weekEnd,
    totalAr: money(f.totalArMinor, c),
    totalArChange: signedMoney(f.totalArMinor - f.totalArLastWeekMinor, c),
    buckets: f.buckets.map((b) => ({
      label: b.label,
      now: money(b.nowMinor, c),
      before: money(b.beforeMinor, c),
      change: signedMoney(b.nowMinor - b.beforeMinor, c),
      share: total > 0 ? Math.max(0, b.nowMinor) / total : 0,
    })),
    dsoDays: f.dsoDays,
    dsoChange: f.dsoDays !== null && f.dsoLastWeekDays !== null ? round1(f.dsoDays - f.dsoLastWeekDays) : null,
    ceiPercent: f.ceiPercent,
    atRisk: f.atRisk.map((a) => ({
      clientName: a.clientName,
      url: clientUrl(env, a.clientId),
      balance: money(a.balanceMinor, c),
      reason: a.reason,
    })),
    atRiskSource: f.atRiskSource,
    escalations: f.escalations,
    promises: f.promises,
    collectors: f.collectors.map(({ name, touches, accounts }) => ({ name, touches, accounts })),
    writeOffs: { count: f.writeOffs.count, amount: money(f.writeOffs.amountMinor, c) },
    baseline: f.baseline
      ? { since: f.baseline.nudgeStartDate, before: side(f.baseline, "before"), after: side(f.baseline, "after") }
      : null,
    dashboardUrl: dashboardUrl(env),
  };
}
