/**
 * Gathers everything one draft needs, once: the client (through the visibility rule: an invisible
 * client is "not found"), its ledger facts, the language, tone (with its reason) and template, the
 * people's names, and the neutralized inbound email. A reply to a kind of client message also reads
 * what it acknowledges: the recorded promise, or the open dispute.
 */
import { DOC, type Dispute, type PromiseToPay } from "../actions/documents";
import type { Client, IsoDate, IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { type ClientSummary, getClientSummary } from "../usecases/client-summary";
import { detectLanguage } from "./classify/language";
import { buildFacts, chasedInvoices, type DraftFacts, factVariables, type RecordedPromise, saysOverdue } from "./facts";
import { isSupportedLanguage, type Language, localeFor, localHour, primaryLanguage } from "./locale";
import { type DraftTemplate, slotName, variablesIn } from "./template-engine";
import { loadTemplate } from "./template-store";
import { languagePack } from "./templates/catalog";
import type { LanguagePack } from "./templates/pack";
import { decideTone, readsSignals, type ToneDecision, withTemplateTone } from "./tone";
import { loadToneSignals } from "./tone-signals";
import type { DraftRequest, DraftWarning, ReplyKind, Tone } from "./types";
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
  /** The tone of the template used; `toneDecision` says why. */
  tone: Tone;
  toneDecision: ToneDecision;
  /** For a reply: the kind of client message it answers, when it has its own wording. */
  replyKind?: ReplyKind;
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
  const replyKind = request.purpose === "reply" ? request.replyKind : undefined;
  if (request.replyKind && !replyKind) return fail("VALIDATION", "replyKind is for replies only");
  if (replyKind === "wrong-contact" && client.consumer) {
    // Third-party rules: nothing about a consumer's account may go to someone who may not be the client.
    return fail("VALIDATION", "a consumer client's wrong-contact reply is left to a person: no draft is made");
  }
  const [payments, tenant, acknowledged] = await Promise.all([
    request.purpose === "receipt" ? store.listPayments(client.id) : Promise.resolve([]),
    store.getTenant(),
    acknowledgedRecord(store, client.id, replyKind),
  ]);
  if (replyKind === "promise" && !acknowledged.promise) {
    return fail("VALIDATION", "there is no open promise to pay to acknowledge: record the promise first");
  }
  if (replyKind === "dispute" && !acknowledged.dispute) {
    return fail("VALIDATION", "there is no open dispute to acknowledge: record the dispute first");
  }
  const open = chasedInvoices(summary, request.invoiceIds, false);
  const oldestDaysPastDue = open[0]?.daysPastDue ?? 0;
  const toneInput = {
    purpose: request.purpose,
    oldestDaysPastDue,
    consumer: client.consumer === true,
    ...(request.stepId !== undefined ? { stepId: request.stepId } : {}),
    ...(request.tone ? { tone: request.tone } : {}),
    ...(replyKind ? { replyKind } : {}),
  };
  const signals = readsSignals(toneInput)
    ? await loadToneSignals(store, client.id, open[0]?.currency ?? summary.currency, deps.asOf)
    : {};
  const decided = decideTone({ ...toneInput, ...signals });
  const invoices = saysOverdue(request.purpose, decided.tone) ? open.filter((i) => i.daysPastDue > 0) : open;
  const facts = buildFacts({
    summary,
    payments,
    invoices,
    asOf: deps.asOf,
    locale,
    plainSpaces: request.channel === "sms",
    ...(acknowledged.promise ? { promise: acknowledged.promise } : {}),
  });
  if (request.purpose === "receipt" && !facts.payment) return fail("VALIDATION", "there is no payment to acknowledge");
  // Every draft but a receipt and a reply acknowledging the client's message is about open invoices.
  if (request.purpose !== "receipt" && !replyKind && invoices.length === 0) return noInvoice(open.length);
  const template = await loadTemplate(store, request.purpose, request.channel, decided.tone, language, replyKind);
  const toneDecision = withTemplateTone(decided, template.tone, slotName(template));
  if (toneDecision.change === "softer" || toneDecision.change === "firmer") {
    // Also a finding, so a queue that keeps only the warnings (the follow-up engine's) shows it too.
    warnings.push({ code: "TONE_ADJUSTED", severity: "info", message: toneDecision.reason });
  }
  const firmName = deps.firm?.name ?? tenant?.name ?? "";
  const contact = client.contacts.find((c) => !c.optOut && c.name) ?? client.contacts.find((c) => c.name);
  const names: DraftNames = {
    contactName: contact?.name ?? client.name,
    clientName: client.name,
    senderName: summary.collector?.displayName ?? principal.name,
    firmName,
    partnerName: summary.billingPartner?.displayName ?? firmName,
  };
  const values = checkValues(template, { facts, names, openInvoices: open.length });
  if (!values.ok) return values;
  const ctx: DraftContext = {
    summary,
    client,
    language,
    locale,
    pack: languagePack(language),
    tone: toneDecision.tone,
    toneDecision,
    facts,
    names,
    template,
    warnings,
  };
  if (inbound) ctx.inbound = inbound;
  if (replyKind) ctx.replyKind = replyKind;
  const hour =
    request.recipientLocalHour ?? (deps.now ? localHour(deps.now, client.timeZone ?? tenant?.timeZone) : undefined);
  if (hour !== undefined) ctx.localHour = hour;
  return ok(ctx);
}

/** The record a reply acknowledges: the latest open promise to pay, or an open dispute. */
async function acknowledgedRecord(
  store: TenantStore,
  clientId: string,
  replyKind: ReplyKind | undefined,
): Promise<{ promise?: RecordedPromise; dispute?: Dispute }> {
  if (replyKind === "promise") {
    const promises = await store.documents.list<PromiseToPay>(DOC.promise, { clientId });
    const latest = promises
      .map((d) => d.body)
      .filter((p) => p.status === "open")
      .sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0))[0];
    return latest
      ? { promise: { amountMinor: latest.amountMinor, currency: latest.currency, promisedDate: latest.promisedDate } }
      : {};
  }
  if (replyKind === "dispute") {
    const disputes = await store.documents.list<Dispute>(DOC.dispute, { clientId });
    const dispute = disputes.map((d) => d.body).find((d) => d.status === "open");
    return dispute ? { dispute } : {};
  }
  return {};
}

/**
 * Every variable and table the template uses has a value for this client (a template is validated
 * for its slot when saved; this is about the client: no open invoice, no installment to offer…).
 */
export function checkValues(
  template: DraftTemplate,
  ctx: { facts: DraftFacts; names: DraftNames; openInvoices: number },
): Result<void> {
  const { facts } = ctx;
  const have = new Set([...Object.keys(factVariables(facts)), ...Object.keys(ctx.names)]);
  if (facts.invoices.length) have.add("invoiceTable");
  if (facts.installments.length) have.add("installmentTable");
  const missing = variablesIn(`${template.subject}\n${template.body}`).filter((v) => !have.has(v));
  if (!missing.length) return ok(undefined);
  if (facts.invoices.length === 0) return noInvoice(ctx.openInvoices);
  return fail("VALIDATION", `the ${slotName(template)} needs ${missing.join(", ")}, which the ledger does not have`);
}

function noInvoice(openInvoices: number): Result<never> {
  return fail(
    "VALIDATION",
    `the client has no ${openInvoices ? "overdue" : "open, undisputed"} invoice to write about`,
  );
}
