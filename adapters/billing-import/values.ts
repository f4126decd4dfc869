/**
 * Small value readers for ledger cells. Each accepts the spellings real exports use and refuses
 * anything else with a reason, rather than defaulting: a misread "disputed" flag would restart
 * dunning on a disputed invoice.
 */
import type { Delivery, EbillingStatus } from "../../core/domain/types";

export type Cell<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

export function readYesNo(column: string, text: string): Cell<boolean> {
  if (text === "") return { ok: true, value: undefined };
  const t = text.toLowerCase();
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t)) return { ok: true, value: false };
  return { ok: false, reason: `${column} "${text}" is not Yes/No, true/false, Y/N or 1/0` };
}

const DELIVERY: Record<string, Delivery> = {
  paper: "paper",
  mail: "paper",
  post: "paper",
  electronic: "electronic",
  email: "electronic",
  "e-mail": "electronic",
  paperless: "electronic",
  portal: "portal",
  "e-billing": "portal",
  ebilling: "portal",
  "e-bill": "portal",
  ebill: "portal",
  ledes: "portal",
};

export function readDelivery(text: string): Cell<Delivery> {
  if (text === "") return { ok: true, value: undefined };
  const value = DELIVERY[text.toLowerCase()];
  return value ? { ok: true, value } : { ok: false, reason: `delivery "${text}" is not Paper, Electronic or Portal` };
}

export function readEbillingStatus(text: string): Cell<EbillingStatus> {
  if (text === "") return { ok: true, value: undefined };
  const t = text.toLowerCase();
  if (t === "submitted" || t === "accepted" || t === "rejected") return { ok: true, value: t };
  return { ok: false, reason: `ebilling_status "${text}" is not submitted, accepted or rejected` };
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** A cell may hold several addresses separated by `;`, `,` or spaces (Outlook copies them so). */
export function readEmails(text: string): Cell<string[]> {
  if (text === "") return { ok: true, value: undefined };
  const emails = text.split(/[;,\s]+/).filter((e) => e !== "");
  const bad = emails.filter((e) => !EMAIL.test(e));
  if (bad.length > 0) return { ok: false, reason: `contact_email "${bad.join(", ")}" is not an email address` };
  return { ok: true, value: emails.map((e) => e.toLowerCase()) };
}

/** Providers whose consumer mail runs under many country domains (`yahoo.co.uk`, `gmx.de`). */
const PUBLIC_PROVIDERS = new Set([
  "gmail",
  "googlemail",
  "hotmail",
  "outlook",
  "live",
  "msn",
  "yahoo",
  "ymail",
  "aol",
  "gmx",
  "yandex",
  "icloud",
  "protonmail",
]);
/** Single-domain providers; ISPs are listed by their consumer domain only (`att.net`, not `att.com`). */
const PUBLIC_DOMAINS = new Set(
  "me.com mac.com proton.me pm.me web.de mail.com zoho.com fastmail.com tutanota.com hey.com wp.pl o2.pl onet.pl interia.pl orange.fr free.fr laposte.net libero.it t-online.de comcast.net verizon.net att.net qq.com 163.com".split(
    " ",
  ),
);

/**
 * Public mail providers identify no client: claiming `gmail.com` would match every consumer's
 * email to one client. Matches `gmail.com`, `yahoo.co.uk`, `gmx.de`, but not `gmail.acme.com`.
 */
export function isPublicMailDomain(domain: string): boolean {
  if (PUBLIC_DOMAINS.has(domain)) return true;
  const [first, ...rest] = domain.split(".");
  if (first === undefined || !PUBLIC_PROVIDERS.has(first) || rest.length === 0 || rest.length > 2) return false;
  return rest.every((label) => label.length <= 3);
}

const TOTAL_LABEL = /^(?:grand[\s-]*|sub[\s-]*)?totals?\b|\btotals?:?$/i;

/** Subtotal and grand-total rows of aging reports: no client or invoice, a "Total" label first. */
export function isTotalRow(fields: readonly string[], clientId: string, invoiceNumber: string): boolean {
  if (clientId !== "" && invoiceNumber !== "") return false;
  for (const f of fields) {
    const t = f.trim();
    if (t !== "") return TOTAL_LABEL.test(t);
  }
  return false;
}
