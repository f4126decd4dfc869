/**
 * Shapes of the API answers the dashboard reads. Where the server's type lives in core it is
 * imported (type-only: nothing of the server is bundled); routes owned by the model are described
 * here from docs/api-contract.md and read defensively, because they may land after this page.
 */
import type { AgingReport } from "../../../core/aging/aging";
import type { Campaign, CampaignProgress } from "../../../core/campaigns/campaign";
import type { ConfigChange } from "../../../core/config/config-changes";
import type { SegmentPolicyVersion } from "../../../core/config/segment-policy-store";
import type { Draft } from "../../../core/drafting/types";
import type { ArShareBaseline } from "../../../core/reports/ar-share-baseline";
import type { CommentQualityRow } from "../../../core/reports/comment-quality";
import type { EscalationListRow, EscalationsOverview } from "../../../core/reports/escalations-overview";
import type { InventoryAnswer, InventoryReport } from "../../../core/reports/inventory-report";
import type { PortfolioTrendReport } from "../../../core/reports/portfolio-report";
import type { DryRunResult } from "../../../core/reports/workflow-dry-run";
import type { TemplateEntry, TemplateVersion } from "../../../core/usecases/template-admin";
import type { WorkflowConfig } from "../../../core/workflow/config/types";
import type { BaselineReport } from "../../../core/workflow/measures/baseline";
import type { CollectorActivityRow } from "../../../core/workflow/measures/collector-activity";
import type { ConversionRow } from "../../../core/workflow/measures/sequence-conversion";
import type { WriteOffReport } from "../../../core/workflow/measures/write-offs";

export type {
  AgingReport,
  ArShareBaseline,
  BaselineReport,
  Campaign,
  CampaignProgress,
  CollectorActivityRow,
  CommentQualityRow,
  ConfigChange,
  ConversionRow,
  Draft,
  DryRunResult,
  EscalationListRow,
  EscalationsOverview,
  InventoryAnswer,
  InventoryReport,
  PortfolioTrendReport,
  SegmentPolicyVersion,
  TemplateEntry,
  TemplateVersion,
  WorkflowConfig,
  WriteOffReport,
};

export type Role = "specialist" | "partner" | "manager" | "admin";
export interface Me {
  userId: string;
  name: string;
  email: string;
  roles: Role[];
}
export interface Person {
  id: string;
  displayName: string;
  roles: Role[];
}

export interface Period {
  from: string;
  to: string;
}
export interface CollectorActivityReport {
  asOf: string;
  period: Period;
  rows: CollectorActivityRow[];
}
export interface ConversionReport {
  asOf: string;
  period: Period;
  windowDays: number;
  rows: ConversionRow[];
}
export interface CommentQualityReport {
  asOf: string;
  period: Period;
  rows: CommentQualityRow[];
}
export type WriteOffsReport = WriteOffReport & { asOf: string; period: Period };
export type BaselineAnswer = BaselineReport & { asOf: string };
export type ShareBaselineAnswer = ArShareBaseline & {
  currency: string;
  computedAt: string;
  cached: boolean;
  method: string;
};
export type CampaignRow = Campaign & { etag: string; progress: CampaignProgress };
export interface LoadedConfig {
  version: number;
  config: WorkflowConfig;
}
export interface ConfigVersionSummary {
  version: number;
  savedBy: string;
  savedAt: string;
  note?: string;
}
export type DryRunAnswer = DryRunResult & { baseVersion: number; sections: string[] };
export interface TemplateList {
  language: string;
  variables: Record<string, string>;
  templates: TemplateEntry[];
}

/** `GET /api/worklist` (model): the manager's merged worklist. */
export interface WorklistItem {
  clientId: string;
  name?: string;
  p30?: number;
  segment?: string;
  reason?: string;
  nextAction?: string;
  cashAtRiskMinor?: number;
}
export interface Worklist {
  asOf?: string;
  items: WorklistItem[];
}

/** `GET /api/reports/expected-cash` (model): the cash the model expects in 7, 30 and 60 days. */
export interface ExpectedCash {
  currency: string;
  d7Minor: number;
  d30Minor: number;
  d60Minor: number;
  modelVersion?: string;
}

export interface ModelMetrics {
  n?: number;
  rocAuc?: number;
  brier?: number;
  logLoss?: number;
  precisionAtTop20?: number;
}
/** `GET /api/model` (model): the current model card; every field optional until the model lands. */
export interface ModelCard {
  versionId?: string;
  trainingWindow?: { from?: string; cutoff?: string; invoices?: number };
  holdout?: { from?: string; to?: string; model?: ModelMetrics; naive?: ModelMetrics; current?: ModelMetrics };
  leadingIndicators?: { feature?: string; label?: string; weight?: number }[];
  promotion?: { promoted?: boolean; reason?: string };
  trainedAt?: string;
  provisional?: boolean;
  servingReason?: string;
  /** The pace model's effects in days, as sentences. */
  paceEffects?: string[];
  calibration?: string;
}
