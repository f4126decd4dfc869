/**
 * Which tone a draft takes when the caller does not say: by the sequence step when there is one
 * (`+7` friendly, up to `+45` firm, later final), else by how late the oldest invoice is. Some
 * purposes have one natural tone (a receipt is always friendly, a final demand always final).
 */
import type { DraftPurpose, Tone } from "./types";

export function stepOffset(stepId: string | undefined): number | undefined {
  const m = /([-+]?\d+)/.exec(stepId ?? "");
  return m ? Number(m[1]) : undefined;
}

function byLateness(days: number): Tone {
  if (days <= 14) return "friendly";
  return days <= 60 ? "firm" : "final";
}

export function toneFor(purpose: DraftPurpose, stepId: string | undefined, oldestDaysPastDue: number): Tone {
  switch (purpose) {
    case "receipt":
      return "friendly";
    case "final-demand":
      return "final";
    case "partner-letter":
      return "firm";
    case "plan-offer":
    case "reply":
      return oldestDaysPastDue > 30 ? "firm" : "friendly";
    case "reminder": {
      const offset = stepOffset(stepId);
      if (offset === undefined) return byLateness(oldestDaysPastDue);
      return offset <= 7 ? "friendly" : offset <= 45 ? "firm" : "final";
    }
  }
}
