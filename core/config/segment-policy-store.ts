/**
 * The firm's segment thresholds (the model's `SegmentPolicy`: when an account gets a reminder, a
 * call, the partner, a plan or the write-off review) as versioned documents: each save is a new
 * version, old ones are kept, and the change is a `config-change` record on the firm's trail.
 * Version 0 is the model's default policy. The model's worklist reads `loadSegmentPolicy`.
 */
import { audit } from "../actions/audit";
import type { ActionDeps } from "../actions/documents";
import type { IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import { hasRole, type Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { DEFAULT_SEGMENT_POLICY, type SegmentPolicy } from "../scoring/segments";
import { FIRM_CLIENT_ID } from "../workflow/config/config-store";

export const SEGMENT_POLICY_KIND = "segment-policy";
const HEAD = "current";
const versionId = (n: number) => `v${String(n).padStart(6, "0")}`;

export interface SegmentPolicyVersion {
  version: number;
  policy: SegmentPolicy;
  savedBy: string;
  savedAt: IsoInstant;
  note?: string;
}

const PROBABILITIES = ["nudgeMinP30", "partnerBelowP30", "writeOffBelowP30"] as const;
const DAYS = ["callAfterDaysPastDue", "partnerAfterDaysPastDue", "writeOffAfterDaysPastDue"] as const;

/** Every field present and in range, and the thresholds in the order the segments are decided. */
export function parseSegmentPolicy(raw: unknown): Result<SegmentPolicy> {
  const problems: { path: string; message: string }[] = [];
  const r = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const known = new Set<string>([...PROBABILITIES, ...DAYS, "planMinOverdueMinor", "planMinBrokenPromises"]);
  for (const k of Object.keys(r)) if (!known.has(k)) problems.push({ path: k, message: "unknown setting" });
  const num = (k: string, min: number, max: number, integer: boolean) => {
    const v = r[k];
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v)))
      problems.push({ path: k, message: `a ${integer ? "whole number" : "number"} from ${min} to ${max}` });
  };
  for (const k of PROBABILITIES) num(k, 0, 1, false);
  for (const k of DAYS) num(k, 0, 3650, true);
  num("planMinOverdueMinor", 0, Number.MAX_SAFE_INTEGER, true);
  num("planMinBrokenPromises", 0, 100, true);
  if (problems.length === 0) {
    const p = r as unknown as SegmentPolicy;
    if (!(p.writeOffBelowP30 <= p.partnerBelowP30 && p.partnerBelowP30 <= p.nudgeMinP30))
      problems.push({ path: "partnerBelowP30", message: "write-off ≤ partner ≤ reminder chance thresholds" });
    if (
      !(p.callAfterDaysPastDue <= p.partnerAfterDaysPastDue && p.partnerAfterDaysPastDue <= p.writeOffAfterDaysPastDue)
    )
      problems.push({ path: "partnerAfterDaysPastDue", message: "call ≤ partner ≤ write-off day limits" });
  }
  if (problems.length)
    return fail(
      "VALIDATION",
      `the segment thresholds are not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
      problems,
    );
  return ok(r as unknown as SegmentPolicy);
}

export async function loadSegmentPolicy(store: TenantStore): Promise<SegmentPolicyVersion> {
  const head = await store.documents.get<{ version: number }>(SEGMENT_POLICY_KIND, HEAD);
  const doc =
    head && (await store.documents.get<SegmentPolicyVersion>(SEGMENT_POLICY_KIND, versionId(head.body.version)));
  return doc?.body ?? { version: 0, policy: DEFAULT_SEGMENT_POLICY, savedBy: "nudge", savedAt: "" };
}

export async function listSegmentPolicyVersions(store: TenantStore): Promise<SegmentPolicyVersion[]> {
  const docs = await store.documents.list<SegmentPolicyVersion>(SEGMENT_POLICY_KIND);
  const versions = docs.filter((d) => d.id !== HEAD).map((d) => d.body);
  return [...versions, { version: 0, policy: DEFAULT_SEGMENT_POLICY, savedBy: "nudge", savedAt: "" }].sort(
    (a, b) => b.version - a.version,
  );
}

/** Saves a new version (administrators); `expectedVersion` guards against overwriting a newer save. */
export async function saveSegmentPolicy(
  store: TenantStore,
  principal: Principal,
  input: { policy: unknown; expectedVersion?: number; note?: string },
  deps: ActionDeps,
): Promise<Result<SegmentPolicyVersion>> {
  if (!hasRole(principal, "admin")) return fail("FORBIDDEN", "only an administrator may change the segment thresholds");
  const parsed = parseSegmentPolicy(input.policy);
  if (!parsed.ok) return parsed;
  const head = await store.documents.get<{ version: number }>(SEGMENT_POLICY_KIND, HEAD);
  const current = head?.body.version ?? 0;
  if (input.expectedVersion !== undefined && input.expectedVersion !== current)
    return fail("PRECONDITION_FAILED", `the thresholds are at version ${current}, not ${input.expectedVersion}`);
  const before = (await loadSegmentPolicy(store)).policy;
  const saved: SegmentPolicyVersion = {
    version: current + 1,
    policy: parsed.value,
    savedBy: principal.userId,
    savedAt: deps.now,
    ...(input.note ? { note: input.note.slice(0, 500) } : {}),
  };
  const actor = { actorId: principal.userId };
  const created = await store.documents.create(SEGMENT_POLICY_KIND, versionId(saved.version), saved, actor);
  if (!created.ok) return fail("PRECONDITION_FAILED", `version ${saved.version} was just saved by someone else`);
  const moved = head
    ? await store.documents.replace(
        SEGMENT_POLICY_KIND,
        HEAD,
        { version: saved.version },
        { ...actor, ifMatch: head.etag },
      )
    : await store.documents.create(SEGMENT_POLICY_KIND, HEAD, { version: saved.version }, actor);
  if (!moved.ok) {
    await store.documents.delete(SEGMENT_POLICY_KIND, versionId(saved.version));
    return fail("PRECONDITION_FAILED", "someone else saved the thresholds at the same time");
  }
  const changed = (Object.keys(parsed.value) as (keyof SegmentPolicy)[]).filter((k) => before[k] !== parsed.value[k]);
  await audit(store, principal, deps, {
    clientId: FIRM_CLIENT_ID,
    kind: "config-change",
    summary: `Segment thresholds version ${saved.version} saved (${changed.join(", ") || "no changes"})`,
    data: {
      section: "segments",
      version: saved.version,
      previousVersion: current,
      changed,
      ...(saved.note ? { note: saved.note } : {}),
    },
  });
  return ok(saved);
}
