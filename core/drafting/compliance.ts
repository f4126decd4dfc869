/**
 * The compliance lint run on every draft, template or generated. Findings become `warnings`; an
 * `error` finding makes the draft not sendable as it stands (and makes a generated draft fall back
 * to the template). Consumer clients (debt-collection rules) get their required wording and quiet
 * hours for SMS (08:00-21:00 at the recipient's local time).
 */
import type { Channel } from "../domain/types";
import { FALSE_LEGAL, HARASSMENT, LINKS, THREATS } from "./compliance-rules";
import { sanitizeHtml } from "./sanitize-html";
import { MAX_SMS_SEGMENTS, smsLength } from "./sms";
import type { LanguagePack } from "./templates/pack";
import type { DraftPolicy, DraftPurpose, DraftWarning } from "./types";

export const QUIET_HOURS = { start: 21, end: 8 } as const;

export interface LintInput {
  subject: string;
  text: string;
  html: string;
  channel: Channel;
  purpose: DraftPurpose;
  consumer: boolean;
  pack: LanguagePack;
  policy: DraftPolicy;
  /** Recipient's local hour 0-23, when known. */
  localHour?: number;
  /** Every contact of the client asked not to be contacted. */
  optedOut?: boolean;
}

export interface LintResult {
  warnings: DraftWarning[];
  /** The HTML after allow-list sanitation: the only HTML a draft may carry. */
  html: string;
}

const err = (code: string, message: string): DraftWarning => ({ code, severity: "error", message });

export function lintDraft(input: LintInput): LintResult {
  const out: DraftWarning[] = [];
  const all = `${input.subject}\n${input.text}`;
  const matches = (list: RegExp[]) => list.map((re) => re.exec(all)?.[0]).filter((m): m is string => Boolean(m));
  const threats = matches(THREATS);
  const allowed = input.purpose === "final-demand" && input.policy.allowLegalActionInFinalDemand;
  if (threats.length && !allowed) {
    out.push(
      err("LINT_THREAT", `mentions legal or enforcement steps the firm's policy does not allow here: "${threats[0]}"`),
    );
  }
  const falseLegal = matches(FALSE_LEGAL);
  if (falseLegal.length)
    out.push(err("LINT_FALSE_LEGAL", `states a legal step Nudge cannot vouch for: "${falseLegal[0]}"`));
  const harassment = matches(HARASSMENT);
  if (harassment.length) out.push(err("LINT_HARASSMENT", `uses shaming or pressuring language: "${harassment[0]}"`));
  if (/!{2,}/.test(all) || /(?:\b[A-Z]{4,}\b[\s,.!]+){3,}/.test(all)) {
    out.push({
      code: "LINT_SHOUTING",
      severity: "warning",
      message: "uses capitals or exclamation marks that read as shouting",
    });
  }
  const links = all.match(LINKS) ?? [];
  if (links.length) out.push(err("LINT_LINK", `contains a link or address that Nudge did not provide: "${links[0]}"`));
  if (input.optedOut)
    out.push(err("LINT_OPTED_OUT", "the client's contacts asked not to be contacted about collections"));
  if (input.consumer) lintConsumer(input, out);
  if (input.channel === "sms") {
    const len = smsLength(input.text);
    if (len.segments > MAX_SMS_SEGMENTS) {
      out.push(
        err(
          "LINT_SMS_TOO_LONG",
          `the SMS needs ${len.segments} parts (${len.encoding}); at most ${MAX_SMS_SEGMENTS} are allowed`,
        ),
      );
    } else if (len.segments > 1) {
      out.push({
        code: "LINT_SMS_PARTS",
        severity: "info",
        message: `the SMS will be sent in ${len.segments} parts (${len.encoding})`,
      });
    }
  }
  const sanitized = sanitizeHtml(input.html);
  if (sanitized.removed.length) {
    out.push({
      code: "LINT_HTML_SANITIZED",
      severity: "warning",
      message: `removed from the HTML: ${sanitized.removed.join(", ")}`,
    });
  }
  return { warnings: out, html: sanitized.html };
}

function lintConsumer(input: LintInput, out: DraftWarning[]): void {
  if (input.channel === "sms") {
    if (!input.text.includes(input.pack.smsOptOut))
      out.push(err("LINT_CONSUMER_OPT_OUT", "a consumer SMS must say how to opt out"));
    if (input.localHour === undefined) {
      out.push({
        code: "LINT_LOCAL_TIME_UNKNOWN",
        severity: "warning",
        message: "the recipient's local time is unknown: check quiet hours before sending",
      });
    } else if (input.localHour >= QUIET_HOURS.start || input.localHour < QUIET_HOURS.end) {
      out.push(
        err(
          "LINT_QUIET_HOURS",
          `it is ${input.localHour}:00 for the recipient: consumer SMS only between 08:00 and 21:00`,
        ),
      );
    }
  } else if (!input.text.includes(input.pack.consumerNotice)) {
    out.push(err("LINT_CONSUMER_NOTICE", "a consumer draft must include the dispute and verification notice"));
  }
}
