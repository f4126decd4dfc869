/**
 * Collection campaigns: a quarter-end or year-end push with a cash target over a date window,
 * optionally for one collector's or one partner's clients. Progress is cash received (payments
 * dated in the window, in the campaign's currency) against the target, week by week, beside a
 * straight-line path to the target so a manager sees early whether the push is on track.
 */
import { addDays, daysBetween, isIsoDate, minDate } from "../domain/dates";
import type { Client, IsoDate, IsoInstant, Payment } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";

export const CAMPAIGN_KIND = "campaign";
export const CAMPAIGN_TYPES = ["quarter-end", "year-end", "custom"] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export interface CampaignInput {
  name: string;
  type: CampaignType;
  startDate: IsoDate;
  endDate: IsoDate;
  targetMinor: number;
  currency: string;
  collectorId?: string;
  partnerId?: string;
  note?: string;
}

export interface Campaign extends CampaignInput {
  id: string;
  status: "active" | "cancelled";
  createdBy: string;
  createdAt: IsoInstant;
  updatedBy?: string;
  updatedAt?: IsoInstant;
}

export interface CampaignWeek {
  from: IsoDate;
  to: IsoDate;
  collectedMinor: number;
  cumulativeMinor: number;
  /** Where a straight line from 0 at the start to the target at the end stands on `to`. */
  pathMinor: number;
}

export interface CampaignProgress {
  collectedMinor: number;
  /** collected ÷ target, 0-1 and above. */
  progress: number;
  daysTotal: number;
  daysElapsed: number;
  onTrack: boolean;
  phase: "upcoming" | "running" | "ended";
  weeks: CampaignWeek[];
}

/** Checks what a manager typed: a name, a window of 1 to 366 days, a positive target. */
export function parseCampaignInput(raw: Record<string, unknown>): Result<CampaignInput> {
  const problems: string[] = [];
  const str = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string).trim() : "");
  const name = str("name");
  if (!name || name.length > 120) problems.push("name: 1 to 120 characters");
  const type = str("type") as CampaignType;
  if (!CAMPAIGN_TYPES.includes(type)) problems.push(`type: one of ${CAMPAIGN_TYPES.join(", ")}`);
  const startDate = str("startDate");
  const endDate = str("endDate");
  if (!isIsoDate(startDate) || !isIsoDate(endDate)) problems.push("startDate, endDate: dates as YYYY-MM-DD");
  else if (endDate < startDate || daysBetween(startDate, endDate) > 365)
    problems.push("endDate: on or after startDate, within a year of it");
  const targetMinor = raw.targetMinor;
  if (typeof targetMinor !== "number" || !Number.isSafeInteger(targetMinor) || targetMinor <= 0)
    problems.push("targetMinor: a whole number of minor units above 0");
  const currency = str("currency") || "USD";
  if (!/^[A-Z]{3}$/.test(currency)) problems.push("currency: an ISO 4217 code");
  if (problems.length) return fail("VALIDATION", problems.join("; "), problems);
  const optional = (k: "collectorId" | "partnerId" | "note") => (str(k) ? { [k]: str(k) } : {});
  return ok({
    name,
    type,
    startDate,
    endDate,
    targetMinor: targetMinor as number,
    currency,
    ...optional("collectorId"),
    ...optional("partnerId"),
    ...optional("note"),
  });
}

/** Clients in the campaign's scope; undefined = every client (and unassigned cash counts). */
export function scopeOf(campaign: CampaignInput, clients: Client[]): Set<string> | undefined {
  if (!campaign.collectorId && !campaign.partnerId) return undefined;
  return new Set(
    clients
      .filter((c) => !campaign.collectorId || c.collectorId === campaign.collectorId)
      .filter((c) => !campaign.partnerId || c.billingPartnerId === campaign.partnerId)
      .map((c) => c.id),
  );
}

export function campaignProgress(
  campaign: CampaignInput,
  payments: Payment[],
  scope: Set<string> | undefined,
  asOf: IsoDate,
): CampaignProgress {
  const daysTotal = daysBetween(campaign.startDate, campaign.endDate) + 1;
  const last = minDate(asOf, campaign.endDate);
  const daysElapsed = asOf < campaign.startDate ? 0 : daysBetween(campaign.startDate, last) + 1;
  const counted = payments.filter(
    (p) =>
      p.currency === campaign.currency &&
      p.receivedDate >= campaign.startDate &&
      p.receivedDate <= last &&
      (!scope || (p.clientId !== undefined && scope.has(p.clientId))),
  );
  const weeks: CampaignWeek[] = [];
  let cumulative = 0;
  for (let from = campaign.startDate; from <= campaign.endDate; from = addDays(from, 7)) {
    const to = minDate(addDays(from, 6), campaign.endDate);
    const collected =
      from > last
        ? 0
        : counted.filter((p) => p.receivedDate >= from && p.receivedDate <= to).reduce((s, p) => s + p.amountMinor, 0);
    cumulative += collected;
    const path = Math.round((campaign.targetMinor * (daysBetween(campaign.startDate, to) + 1)) / daysTotal);
    weeks.push({ from, to, collectedMinor: collected, cumulativeMinor: cumulative, pathMinor: path });
  }
  const collectedMinor = counted.reduce((s, p) => s + p.amountMinor, 0);
  const pathToDate = Math.round((campaign.targetMinor * daysElapsed) / daysTotal);
  return {
    collectedMinor,
    progress: Math.round((collectedMinor / campaign.targetMinor) * 10000) / 10000,
    daysTotal,
    daysElapsed,
    onTrack: collectedMinor >= pathToDate,
    phase: asOf < campaign.startDate ? "upcoming" : asOf > campaign.endDate ? "ended" : "running",
    weeks,
  };
}
