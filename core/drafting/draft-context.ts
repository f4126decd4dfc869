/**
 * Gathers everything one draft needs, once: the client (through the visibility rule: an invisible
 * client is "not found"), its ledger facts, the language, tone and template, the people's names,
 * and the neutralized inbound email.
 */
import type { Client, IsoDate, IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { type ClientSummary, getClientSummary } from "../usecases/client-summary";
import { detectLanguage } from "./classify/language";
import { buildFacts, chasedInvoices, type DraftFacts, saysOverdue } from "./facts";
import { isSupportedLanguage, type Language, localeFor, localHour, primaryLanguage } from "./locale";
import type { DraftTemplate } from "./template-engine";
import { loadTemplate } from "./template-store";
import { languagePack } from "./templates/catalog";
import type { LanguagePack } from "./templates/pack";
import { toneFor } from "./tone";
import type { DraftRequest, DraftWarning, Tone } from "./types";
import { type NeutralizedMessage, neutralizeInbound } from "./untrusted";

export interface DraftNames {
  contactName: string;
  clientName: string;
  senderName: string;
  firmName: string;
  partnerName: string;
}

export interface DraftContext {
  summary: ClientSummary;
  client: Client;
  language: Language;
  locale: string;
  pack: LanguagePack;
  tone: Tone;
  facts: DraftFacts;
  names: DraftNames;
  template: DraftTemplate;
  inbound?: NeutralizedMessage;
  localHour?: number;
  warnings: DraftWarning[];
}

export interface ContextDeps {
  asOf: IsoDate;
  now?: IsoInstant;
  firm?: { name: string };
}

function chooseLanguage(
  request: DraftRequest,
  client: Client,
  inbound: NeutralizedMessage | undefined,
  warnings: DraftWarning[],
): Language {
  const asked = primaryLanguage(request.language);
  if (isSupportedLanguage(asked)) return asked;
  if (request.language) {
    warnings.push({
      code: "LANGUAGE_UNSUPPORTED",
      severity: "warning",
      message: `no templates in "${request.language}"`,
    });
  }
  // A reply answers in the language the client wrote in, when that is clear.
  if (request.purpose === "reply" && inbound) {
    const detected = detectLanguage(`${inbound.subject}\n${inbound.body}`);
    if (detected.confidence >= 0.5) return detected.language;
  }
  const preferred = primaryLanguage(client.language);
  if (isSupportedLanguage(preferred)) return preferred;
  warnings.push({
    code: "LANGUAGE_UNSUPPORTED",
    severity: "warning",
    message: `no templates in "${client.language}"; English used`,
  });
  return "en";
}

export async function loadDraftContext(
  store: TenantStore,
  principal: Principal,
  request: DraftRequest,
  deps: ContextDeps,
): Promise<Result<DraftContext>> {
  const found = await getClientSummary(store, principal, request.clientId, deps.asOf);
  if (!found.ok) return found;
  const summary = found.value;
  const client = summary.client;
  const warnings: DraftWarning[] = [];
  const inbound = request.inbound ? neutralizeInbound(request.inbound) : undefined;
  if (inbound?.flags.length) {
    warnings.push({
      code: "INBOUND_NEUTRALIZED",
      severity: "info",
      message: `the client's email was treated as data (${inbound.flags.join(", ")})`,
    });
  }
  const language = chooseLanguage(request, client, inbound, warnings);
  const locale = localeFor(language, client.country);
  const [payments, tenant] = await Promise.all([
    request.purpose === "receipt" ? store.listPayments(client.id) : Promise.resolve([]),
    store.getTenant(),
  ]);
  const open = chasedInvoices(summary, request.invoiceIds, false);
  const tone = request.tone ?? toneFor(request.purpose, request.stepId, open[0]?.daysPastDue ?? 0);
  const invoices = saysOverdue(request.purpose, tone) ? open.filter((i) => i.daysPastDue > 0) : open;
  const facts = buildFacts({
    summary,
    payments,
    invoices,
    asOf: deps.asOf,
    locale,
    plainSpaces: request.channel === "sms",
  });
  if (request.purpose === "receipt" && !facts.payment) return fail("VALIDATION", "there is no payment to acknowledge");
  if (request.purpose !== "receipt" && invoices.length === 0) {
    return fail(
      "VALIDATION",
      `the client has no ${open.length ? "overdue" : "open, undisputed"} invoice to write about`,
    );
  }
  const template = await loadTemplate(store, request.purpose, request.channel, tone, language);
  const firmName = deps.firm?.name ?? tenant?.name ?? "";
  const contact = client.contacts.find((c) => !c.optOut && c.name) ?? client.contacts.find((c) => c.name);
  const names: DraftNames = {
    contactName: contact?.name ?? client.name,
    clientName: client.name,
    senderName: summary.collector?.displayName ?? principal.name,
    firmName,
    partnerName: summary.billingPartner?.displayName ?? firmName,
  };
  const ctx: DraftContext = {
    summary,
    client,
    language,
    locale,
    pack: languagePack(language),
    tone,
    facts,
    names,
    template,
    warnings,
  };
  if (inbound) ctx.inbound = inbound;
  const hour =
    request.recipientLocalHour ?? (deps.now ? localHour(deps.now, client.timeZone ?? tenant?.timeZone) : undefined);
  if (hour !== undefined) ctx.localHour = hour;
  return ok(ctx);
}
