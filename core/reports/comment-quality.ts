/**
 * Documentation standards: the notes and call logs a person wrote in a period, per author, and the
 * ones that say nothing a colleague could act on — empty, or a single word ("called", "LVM").
 * Words are runs of letters or digits, so "Left voicemail." is two words and "—" is empty.
 */
import type { Interaction, IsoInstant, User } from "../domain/types";
import { inPeriod, type Period, ratio } from "../workflow/measures/period";
import { WORKFLOW_ACTOR } from "../workflow/documents";

export type QualityFlag = "empty" | "one-word";

export interface FlaggedComment {
  id: string;
  clientId: string;
  at: IsoInstant;
  kind: string;
  summary: string;
  flag: QualityFlag;
}

export interface CommentQualityRow {
  actorId: string;
  name: string;
  comments: number;
  empty: number;
  oneWord: number;
  /** (empty + one-word) ÷ comments. */
  flaggedShare: number | null;
  examples: FlaggedComment[];
}

const COMMENT_KINDS = new Set(["note", "call"]);

export function qualityFlag(summary: string): QualityFlag | null {
  const words = summary.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return "empty";
  return words.length === 1 ? "one-word" : null;
}

export function commentQuality(
  interactions: Interaction[],
  users: User[],
  period: Period,
  examplesPerPerson = 5,
): CommentQualityRow[] {
  const rows = new Map<string, CommentQualityRow>();
  for (const i of interactions) {
    if (!COMMENT_KINDS.has(i.kind) || i.actorId === WORKFLOW_ACTOR || !inPeriod(i.at.slice(0, 10), period)) continue;
    let row = rows.get(i.actorId);
    if (!row) {
      const name = users.find((u) => u.id === i.actorId)?.displayName ?? i.actorId;
      row = { actorId: i.actorId, name, comments: 0, empty: 0, oneWord: 0, flaggedShare: null, examples: [] };
      rows.set(i.actorId, row);
    }
    row.comments += 1;
    const flag = qualityFlag(i.summary);
    if (!flag) continue;
    if (flag === "empty") row.empty += 1;
    else row.oneWord += 1;
    row.examples.push({ id: i.id, clientId: i.clientId, at: i.at, kind: i.kind, summary: i.summary, flag });
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      flaggedShare: ratio(r.empty + r.oneWord, r.comments),
      examples: r.examples.sort((a, b) => (a.at < b.at ? 1 : -1)).slice(0, examplesPerPerson),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}
