/**
 * Tamper evidence for the audit trail: every interaction carries the SHA-256 of its own content
 * together with the hash of the previous record of the same client. Editing or deleting any record
 * breaks every later link, which `verifyChain` reports.
 */
import type { Interaction } from "../domain/types";

export const GENESIS_HASH = "0".repeat(64);

/** Canonical JSON: keys sorted at every level, so the hash does not depend on property order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function hashInteraction(record: Omit<Interaction, "hash">, prevHash: string): Promise<string> {
  const { prevHash: _ignored, ...content } = record as Interaction;
  return sha256Hex(`${prevHash}\n${canonicalJson(content)}`);
}

/** Links `record` after `previous` (or the genesis hash for a client's first record). */
export async function chainInteraction(
  record: Omit<Interaction, "prevHash" | "hash">,
  previousHash: string | undefined,
): Promise<Interaction> {
  const prevHash = previousHash ?? GENESIS_HASH;
  const hash = await hashInteraction(record, prevHash);
  return { ...record, prevHash, hash };
}

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: string; reason: string };

/** Verifies one client's records in append order. */
export async function verifyChain(records: Interaction[]): Promise<ChainVerdict> {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  for (const r of records) {
    if (r.prevHash !== expectedPrev)
      return { ok: false, checked, brokenAt: r.id, reason: "link to the previous record does not match" };
    const { hash, ...rest } = r;
    const recomputed = await hashInteraction(rest, expectedPrev);
    if (recomputed !== hash) return { ok: false, checked, brokenAt: r.id, reason: "content does not match its hash" };
    expectedPrev = hash;
    checked += 1;
  }
  return { ok: true, checked };
}
