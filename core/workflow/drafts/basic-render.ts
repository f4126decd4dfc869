/**
 * A plain, facts-only rendering used when the drafting module is not wired (and by the benchmark):
 * the invoices, their balances and the total, in a tone-appropriate opening line. It states nothing
 * that is not in the ledger.
 */
import { daysBetween } from "../../domain/dates";
import { ok } from "../../errors/codes";
import { formatMoney, sumMinor } from "../../money/money";
import type { RenderDraft } from "../ports/render-draft.port";

const OPENING: Record<string, string> = {
  friendly: "This is a friendly reminder about the following invoice(s).",
  firm: "Our records show the following invoice(s) remain unpaid. Please arrange payment.",
  final: "Despite earlier reminders, the following invoice(s) remain unpaid. Please pay them within 14 days.",
};

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const basicRenderer: RenderDraft = async (request, { asOf, tenant, client, invoices }) => {
  const currency = invoices[0]?.currency ?? tenant.defaultCurrency;
  const lines = invoices.map((i) => {
    const late = daysBetween(i.dueDate, asOf);
    const when = late > 0 ? `${late} days past due` : late === 0 ? "due today" : `due ${i.dueDate}`;
    return `Invoice ${i.number}: ${formatMoney(i.balanceMinor, i.currency)} (${when})`;
  });
  const total = formatMoney(sumMinor(invoices.map((i) => i.balanceMinor)), currency);
  const receipt = request.purpose === "receipt";
  const subject = receipt
    ? `Thank you for your payment — ${tenant.name}`
    : `${request.tone === "final" ? "Final notice" : "Payment reminder"}: ${invoices.length} invoice(s), ${total}`;
  const opening = receipt
    ? "Thank you: we have received your payment in full for the following invoice(s)."
    : (OPENING[request.tone ?? "friendly"] ?? OPENING.friendly!);
  const text = [
    `Dear ${client.name},`,
    "",
    opening,
    "",
    ...lines,
    "",
    receipt ? "" : `Total outstanding: ${total}`,
    "",
    tenant.name,
  ]
    .filter((l, i, all) => !(l === "" && all[i - 1] === ""))
    .join("\n");
  const html = text
    .split("\n\n")
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
  return ok({ subject, html, text, warnings: [], templateId: `basic-${request.purpose}`, source: "basic" });
};
