/** One typed method per route the dashboard reads or writes (docs/openapi.yaml). */
import { type InventoryQuery, inventoryQueryParams } from "../../../core/reports/inventory-query";
import type { ApiResult, HttpClient } from "../../../web-shared/api/http-client";
import type * as T from "./types";

const enc = encodeURIComponent;

export class DashboardApi {
  /** Answers asked for at start-up, before React rendered; each is handed out once, then asked afresh. */
  private readonly primed = new Map<string, Promise<ApiResult<unknown>>>();

  constructor(private readonly http: HttpClient) {}

  /**
   * Starts the first view's live requests while the page is still starting (they share the sign-in),
   * so the portfolio does not wait for "who am I" before asking for today's aging.
   */
  prime(portfolio: boolean): void {
    this.primed.set("me", this.me());
    if (!portfolio) return;
    this.primed.set("aging:collector", this.aging("collector"));
    this.primed.set("escalations-overview", this.escalationsOverview());
  }

  private once<R>(key: string, ask: () => Promise<R>): Promise<R> {
    const ready = this.primed.get(key);
    if (!ready) return ask();
    this.primed.delete(key);
    return ready as Promise<R>;
  }

  me(): Promise<ApiResult<T.Me>> {
    return this.once("me", () => this.http.request("GET", "/me"));
  }
  users(): Promise<ApiResult<T.Person[]>> {
    return this.http.request("GET", "/users");
  }
  aging(by: "collector" | "partner" | "client"): Promise<ApiResult<T.AgingReport>> {
    return this.once(`aging:${by}`, () => this.http.request("GET", "/reports/aging", { query: { by } }));
  }
  trend(weeks = 12, refresh = false): Promise<ApiResult<T.PortfolioTrendReport>> {
    if (refresh) return this.http.request("GET", "/reports/aging-trend", { query: { weeks, refresh: "1" } });
    return this.once(`trend:${weeks}`, () => this.http.request("GET", "/reports/aging-trend", { query: { weeks } }));
  }
  expectedCash(): Promise<ApiResult<T.ExpectedCash>> {
    return this.once("expected-cash", () => this.http.request("GET", "/reports/expected-cash"));
  }
  /**
   * One page of the inventory review (`all` for every matching account, the CSV export); with the
   * `snapshot` of an earlier answer, a page of the same computed accounts while the server keeps them.
   */
  inventory(query: Partial<InventoryQuery> = {}, snapshot?: string): Promise<ApiResult<T.InventoryAnswer>> {
    return this.http.request("GET", "/reports/inventory", { query: { ...inventoryQueryParams(query), snapshot } });
  }
  worklist(): Promise<ApiResult<T.Worklist>> {
    return this.http.request("GET", "/worklist");
  }
  collectorActivity(period?: T.Period): Promise<ApiResult<T.CollectorActivityReport>> {
    return this.http.request("GET", "/reports/collector-activity", { query: { ...period } });
  }
  sequenceConversion(period?: T.Period): Promise<ApiResult<T.ConversionReport>> {
    return this.http.request("GET", "/reports/sequence-conversion", { query: { ...period } });
  }
  commentQuality(period?: T.Period): Promise<ApiResult<T.CommentQualityReport>> {
    return this.http.request("GET", "/reports/comment-quality", { query: { ...period } });
  }
  escalationsOverview(): Promise<ApiResult<T.EscalationsOverview>> {
    return this.once("escalations-overview", () => this.http.request("GET", "/reports/escalations"));
  }
  escalations(status?: "pending" | "decided"): Promise<ApiResult<{ asOf: string; items: T.EscalationListRow[] }>> {
    return this.http.request("GET", "/escalations", { query: { status } });
  }
  writeOffs(period?: T.Period): Promise<ApiResult<T.WriteOffsReport>> {
    return this.http.request("GET", "/reports/write-offs", { query: { ...period } });
  }
  baseline(): Promise<ApiResult<T.BaselineAnswer>> {
    return this.http.request("GET", "/reports/baseline");
  }
  baselineShares(): Promise<ApiResult<T.ShareBaselineAnswer>> {
    return this.http.request("GET", "/reports/baseline-shares");
  }
  campaigns(): Promise<ApiResult<T.CampaignRow[]>> {
    return this.http.request("GET", "/campaigns");
  }
  createCampaign(input: Record<string, unknown>): Promise<ApiResult<T.Campaign>> {
    return this.http.request("POST", "/campaigns", { body: input });
  }
  updateCampaign(id: string, input: Record<string, unknown>): Promise<ApiResult<T.Campaign>> {
    return this.http.request("PATCH", `/campaigns/${enc(id)}`, { body: input });
  }
  model(): Promise<ApiResult<T.ModelCard>> {
    return this.http.request("GET", "/model");
  }
  workflowConfig(): Promise<ApiResult<T.LoadedConfig>> {
    return this.http.request("GET", "/config/workflow");
  }
  saveWorkflowConfig(config: T.WorkflowConfig, expectedVersion: number, note?: string) {
    return this.http.request<{ version: number }>("PUT", "/config/workflow", {
      body: { config, expectedVersion, note },
    });
  }
  dryRun(config: T.WorkflowConfig): Promise<ApiResult<T.DryRunAnswer>> {
    return this.http.request("POST", "/config/workflow/dry-run", { body: { config } });
  }
  configVersions(): Promise<ApiResult<T.ConfigVersionSummary[]>> {
    return this.http.request("GET", "/config/workflow/versions");
  }
  configVersion(version: number): Promise<ApiResult<T.LoadedConfig>> {
    return this.http.request("GET", `/config/workflow/versions/${version}`);
  }
  configChanges(limit = 50): Promise<ApiResult<T.ConfigChange[]>> {
    return this.http.request("GET", "/config/changes", { query: { limit } });
  }
  segments(): Promise<ApiResult<T.SegmentPolicyVersion>> {
    return this.http.request("GET", "/config/segments");
  }
  segmentVersions(): Promise<ApiResult<T.SegmentPolicyVersion[]>> {
    return this.http.request("GET", "/config/segments/versions");
  }
  saveSegments(policy: unknown, expectedVersion: number, note?: string) {
    return this.http.request<T.SegmentPolicyVersion>("PUT", "/config/segments", {
      body: { policy, expectedVersion, note },
    });
  }
  templates(language: string): Promise<ApiResult<T.TemplateList>> {
    return this.http.request("GET", "/templates", { query: { language } });
  }
  previewTemplate(template: Record<string, unknown>, clientId: string): Promise<ApiResult<T.Draft>> {
    return this.http.request("POST", "/templates/preview", { body: { ...template, clientId } });
  }
  saveTemplate(template: Record<string, unknown>) {
    return this.http.request<{ id: string; version: number }>("PUT", "/templates", { body: template });
  }
  templateVersions(templateId: string): Promise<ApiResult<T.TemplateVersion[]>> {
    return this.http.request("GET", "/templates/versions", { query: { templateId } });
  }
}
