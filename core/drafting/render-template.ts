/**
 * Renders a template with a client's facts: variables become the facts' display values, table
 * paragraphs become the invoice or installment table. Which facts a draft states follows from the
 * variables and tables it used.
 */
import { displayDate, displayMoney } from "./locale";
import type { DraftFacts } from "./facts";
import { fill, parseBody, type DraftTemplate } from "./template-engine";
import type { LanguagePack } from "./templates/pack";
import type { Fact, LetterBlock } from "./types";

export type TableBlock = Extract<LetterBlock, { kind: "table" }>;

export interface TemplateValues {
  values: Record<string, string>;
  tables: { invoiceTable: TableBlock; installmentTable: TableBlock };
}

export interface RenderedTemplate {
  subject: string;
  blocks: LetterBlock[];
  /** Variables and tables the template used. */
  used: Set<string>;
}

export function buildTables(facts: DraftFacts, pack: LanguagePack, locale: string): TemplateValues["tables"] {
  const money = (minor: number) => displayMoney(minor, facts.currency, locale);
  const { labels } = pack;
  return {
    invoiceTable: {
      kind: "table",
      headers: [labels.invoice, labels.dueDate, labels.balance],
      rows: facts.invoices.map((i) => [i.number, displayDate(i.dueDate, locale), money(i.balanceMinor)]),
      total: [labels.total, money(facts.totalMinor)],
    },
    installmentTable: {
      kind: "table",
      // No row numbers: every figure in a draft must be a ledger fact.
      headers: [labels.date, labels.installment],
      rows: facts.installments.map((inst) => [displayDate(inst.date, locale), money(inst.amountMinor)]),
      total: [labels.total, money(facts.totalMinor)],
    },
  };
}

export function renderTemplate(template: DraftTemplate, values: TemplateValues): RenderedTemplate {
  const used = new Set<string>();
  const track = (text: string) => {
    for (const m of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) used.add(m[1] ?? "");
    return fill(text, values.values, template.id);
  };
  const subject = track(template.subject);
  const blocks: LetterBlock[] = parseBody(template.body).map((b) => {
    if (b.kind === "text") return { kind: "text", text: track(b.text) };
    used.add(b.kind);
    return values.tables[b.kind];
  });
  return { subject, blocks, used };
}

/** The facts a rendered template states, in ledger order. */
export function statedFacts(facts: DraftFacts, used: Set<string>): Fact[] {
  return facts.entries
    .filter((e) => (e.variable !== undefined && used.has(e.variable)) || (e.block !== undefined && used.has(e.block)))
    .map((e) => e.fact);
}
