/**
 * Campaigns as documents (kind `campaign`): managers and administrators create, change and cancel
 * them; every write is a `config-change` record on the firm's audit trail. Listing adds progress.
 */
import { audit } from "../actions/audit";
import type { ActionDeps } from "../actions/documents";
import { fail, ok, type Result } from "../errors/codes";
import { hasRole, type Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { FIRM_CLIENT_ID } from "../workflow/config/config-store";
import {
  CAMPAIGN_KIND,
  type Campaign,
  type CampaignProgress,
  campaignProgress,
  parseCampaignInput,
  scopeOf,
} from "./campaign";

const mayManage = (p: Principal) => hasRole(p, "manager", "admin");

export async function listCampaigns(
  store: TenantStore,
  principal: Principal,
  asOf: string,
): Promise<Result<(Campaign & { etag: string; progress: CampaignProgress })[]>> {
  if (!mayManage(principal)) return fail("FORBIDDEN", "campaigns are for managers and administrators");
  const docs = await store.documents.list<Campaign>(CAMPAIGN_KIND);
  if (docs.length === 0) return ok([]);
  const [payments, clients] = await Promise.all([store.listPayments(), store.listClients()]);
  return ok(
    docs
      .map((d) => ({
        ...d.body,
        etag: d.etag,
        progress: campaignProgress(d.body, payments, scopeOf(d.body, clients), asOf),
      }))
      .sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : a.id < b.id ? -1 : 1)),
  );
}

export async function createCampaign(
  store: TenantStore,
  principal: Principal,
  raw: Record<string, unknown>,
  deps: ActionDeps,
): Promise<Result<Campaign>> {
  if (!mayManage(principal)) return fail("FORBIDDEN", "campaigns are for managers and administrators");
  const input = parseCampaignInput(raw);
  if (!input.ok) return input;
  const campaign: Campaign = {
    ...input.value,
    id: deps.newId(),
    status: "active",
    createdBy: principal.userId,
    createdAt: deps.now,
  };
  const created = await store.documents.create(CAMPAIGN_KIND, campaign.id, campaign, { actorId: principal.userId });
  if (!created.ok) return created;
  await audit(store, principal, deps, {
    clientId: FIRM_CLIENT_ID,
    kind: "config-change",
    summary: `Campaign "${campaign.name}" created (${campaign.startDate} to ${campaign.endDate})`,
    data: { section: "campaigns", campaignId: campaign.id, after: campaign },
  });
  return ok(campaign);
}

/** Replaces a campaign's fields (or cancels it with `status: "cancelled"`); `ifMatch` guards concurrent edits. */
export async function updateCampaign(
  store: TenantStore,
  principal: Principal,
  id: string,
  raw: Record<string, unknown>,
  deps: ActionDeps,
): Promise<Result<Campaign>> {
  if (!mayManage(principal)) return fail("FORBIDDEN", "campaigns are for managers and administrators");
  const current = await store.documents.get<Campaign>(CAMPAIGN_KIND, id);
  if (!current) return fail("NOT_FOUND", `no campaign ${id}`);
  if (typeof raw.ifMatch !== "string") return fail("VALIDATION", "ifMatch: the etag the edit started from");
  const input = parseCampaignInput({ ...current.body, ...raw });
  if (!input.ok) return input;
  const status = raw.status === "cancelled" ? "cancelled" : raw.status === "active" ? "active" : current.body.status;
  const next: Campaign = {
    ...input.value,
    id,
    status,
    createdBy: current.body.createdBy,
    createdAt: current.body.createdAt,
    updatedBy: principal.userId,
    updatedAt: deps.now,
  };
  const replaced = await store.documents.replace(CAMPAIGN_KIND, id, next, {
    actorId: principal.userId,
    ifMatch: raw.ifMatch,
  });
  if (!replaced.ok) return replaced;
  await audit(store, principal, deps, {
    clientId: FIRM_CLIENT_ID,
    kind: "config-change",
    summary: `Campaign "${next.name}" ${status === "cancelled" && current.body.status !== "cancelled" ? "cancelled" : "changed"}`,
    data: { section: "campaigns", campaignId: id, before: current.body, after: next },
  });
  return ok(next);
}
