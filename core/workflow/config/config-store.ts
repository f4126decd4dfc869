/**
 * Versioned workflow configuration. Each save creates a new version document (old versions are
 * kept, never overwritten) and moves the head pointer with a compare-and-set, so two administrators
 * saving at once cannot both become version N. Every change is an audited `config-change`
 * interaction on the firm-level trail (`clientId` `_firm`).
 */
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import { canonicalJson } from "../../audit/hash-chain";
import { fail, ok, type Result } from "../../errors/codes";
import { hasRole, type Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { type ConfigHead, type ConfigVersion, WF_DOC } from "../documents";
import { DEFAULT_WORKFLOW_CONFIG } from "./defaults";
import { parseWorkflowConfig } from "./schema";
import type { WorkflowConfig } from "./types";

export const FIRM_CLIENT_ID = "_firm";
const HEAD_ID = "current";
const versionId = (n: number) => `v${String(n).padStart(6, "0")}`;

export interface LoadedConfig {
  version: number;
  config: WorkflowConfig;
}

/** The configuration in force: the latest saved version, or the built-in defaults as version 0. */
export async function loadWorkflowConfig(store: TenantStore): Promise<LoadedConfig> {
  const head = await store.documents.get<ConfigHead>(WF_DOC.configHead, HEAD_ID);
  if (!head) return { version: 0, config: DEFAULT_WORKFLOW_CONFIG };
  const doc = await store.documents.get<ConfigVersion>(WF_DOC.configVersion, versionId(head.body.version));
  if (!doc) throw new Error(`workflow configuration head points at missing version ${head.body.version}`);
  return { version: doc.body.version, config: doc.body.config };
}

export async function getConfigVersion(store: TenantStore, version: number): Promise<Result<ConfigVersion>> {
  if (version === 0) return ok({ version: 0, config: DEFAULT_WORKFLOW_CONFIG, savedBy: "nudge", savedAt: "" });
  const doc = await store.documents.get<ConfigVersion>(WF_DOC.configVersion, versionId(version));
  return doc ? ok(doc.body) : fail("NOT_FOUND", `no configuration version ${version}`);
}

export async function listConfigVersions(
  store: TenantStore,
): Promise<{ version: number; savedBy: string; savedAt: string; note?: string }[]> {
  const docs = await store.documents.list<ConfigVersion>(WF_DOC.configVersion);
  return docs
    .map(({ body: { version, savedBy, savedAt, note } }) => ({ version, savedBy, savedAt, ...(note ? { note } : {}) }))
    .sort((a, b) => b.version - a.version);
}

/** Top-level sections whose content differs: what the audit record says changed. */
export function changedSections(before: WorkflowConfig, after: WorkflowConfig): string[] {
  return (Object.keys(after) as (keyof WorkflowConfig)[]).filter(
    (k) => canonicalJson(before[k]) !== canonicalJson(after[k]),
  );
}

/**
 * Saves a new version (administrators only). `expectedVersion`, when given, must be the version the
 * editor started from: a save on top of someone else's newer save fails with `PRECONDITION_FAILED`.
 */
export async function saveWorkflowConfig(
  store: TenantStore,
  principal: Principal,
  input: { config: unknown; expectedVersion?: number; note?: string },
  deps: ActionDeps,
): Promise<Result<ConfigVersion>> {
  if (!hasRole(principal, "admin")) return fail("FORBIDDEN", "only an administrator may change the workflow");
  const parsed = parseWorkflowConfig(input.config);
  if (!parsed.ok) return parsed;
  const head = await store.documents.get<ConfigHead>(WF_DOC.configHead, HEAD_ID);
  const current = head?.body.version ?? 0;
  if (input.expectedVersion !== undefined && input.expectedVersion !== current)
    return fail("PRECONDITION_FAILED", `the configuration is at version ${current}, not ${input.expectedVersion}`);
  const before = (await loadWorkflowConfig(store)).config;
  const saved: ConfigVersion = {
    version: current + 1,
    config: parsed.value,
    savedBy: principal.userId,
    savedAt: deps.now,
    ...(input.note ? { note: input.note.slice(0, 500) } : {}),
  };
  const actor = { actorId: principal.userId };
  const created = await store.documents.create(WF_DOC.configVersion, versionId(saved.version), saved, actor);
  if (!created.ok) return fail("PRECONDITION_FAILED", `version ${saved.version} was just saved by someone else`);
  const moved = head
    ? await store.documents.replace(
        WF_DOC.configHead,
        HEAD_ID,
        { version: saved.version },
        { ...actor, ifMatch: head.etag },
      )
    : await store.documents.create(WF_DOC.configHead, HEAD_ID, { version: saved.version }, actor);
  if (!moved.ok) {
    // Compensate: the losing writer's version must not linger as an orphan that blocks the next save.
    await store.documents.delete(WF_DOC.configVersion, versionId(saved.version));
    return fail("PRECONDITION_FAILED", "someone else saved the configuration at the same time");
  }
  const sections = changedSections(before, parsed.value);
  await audit(store, principal, deps, {
    clientId: FIRM_CLIENT_ID,
    kind: "config-change",
    summary: `Workflow configuration version ${saved.version} saved (${sections.join(", ") || "no changes"})`,
    data: { version: saved.version, previousVersion: current, sections, ...(saved.note ? { note: saved.note } : {}) },
  });
  return ok(saved);
}
