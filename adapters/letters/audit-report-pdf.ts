/**
 * A client's audit trail as a readable PDF report (pdfkit): the hash-chain verification result at
 * the top, then every record in append order with who acted, when, what was done and the evidence
 * recorded with it (invoices, the record's data), and the record's hash and the hash it links to,
 * so the printout can be checked against a CSV export. A broken chain is named on the record where
 * it breaks. Printed in the bundled Unicode font, so names and summaries in any Latin-extended
 * language print exactly.
 */
import PDFDocument from "pdfkit";
import type { ClientAuditTrail } from "../../core/workflow/audit/export-audit";
import { type PdfFonts, pdfBuffer, registerPdfFonts } from "./pdf-fonts";

export interface AuditReportOptions {
  /** When the report was made (an ISO instant). */
  generatedAt: string;
  fonts?: PdfFonts;
  size?: "LETTER" | "A4";
}

const MARGIN = 56;
const GREY = "#555555";

/** `2026-11-23T14:00:00.000Z` → `2026-11-23 14:00:00 UTC`. */
export function utcTime(instant: string): string {
  return instant.replace("T", " ").replace(/(\.\d+)?Z$/, " UTC");
}

/** The chain verdict as one sentence: the report's headline. */
export function verdictLine(trail: Pick<ClientAuditTrail, "records" | "verdict">): string {
  const { verdict, records } = trail;
  if (verdict.ok)
    return records.length === 0
      ? "Hash chain verified: the trail has no records."
      : `Hash chain verified: all ${records.length} records are intact.`;
  const at = records.findIndex((r) => r.id === verdict.brokenAt) + 1;
  return `Hash chain BROKEN at record #${at} (${verdict.brokenAt}): ${verdict.reason}. The ${verdict.checked} record(s) before it verified; from #${at} on the trail cannot be trusted.`;
}

/** A record's data as `key: value` pairs (nested values as JSON). */
export function evidenceOf(data: Record<string, unknown> | undefined): string {
  return Object.entries(data ?? {})
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join("; ");
}

export function renderAuditReportPdf(trail: ClientAuditTrail, options: AuditReportOptions): Promise<Buffer> {
  const title = `Audit trail: ${trail.clientName} (${trail.clientId})`;
  const doc = new PDFDocument({
    size: options.size ?? "LETTER",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: title },
  });
  const done = pdfBuffer(doc);
  const { regular, bold, text: t } = registerPdfFonts(doc, options.fonts);
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 24;

  doc.font(bold).fontSize(15).text(t(trail.firmName));
  doc.fontSize(12).text(t(title));
  const span = trail.records.length
    ? ` · from ${utcTime(trail.records[0]!.at)} to ${utcTime(trail.records.at(-1)!.at)}`
    : "";
  doc
    .font(regular)
    .fontSize(9)
    .fillColor(GREY)
    .text(t(`Generated ${utcTime(options.generatedAt)} · ${trail.records.length} record(s)${span}`));
  doc.moveDown(0.8);

  // The verdict, boxed: green when every link holds, red when the chain is broken.
  const verdict = t(verdictLine(trail));
  const explain =
    "Each record's SHA-256 hash covers its content and the previous record's hash, from the first record on: " +
    "an edited, deleted or reordered record breaks every link after it.";
  const boxTop = doc.y;
  const inner = width - 16;
  const boxHeight =
    doc.font(bold).fontSize(11).heightOfString(verdict, { width: inner }) +
    doc.font(regular).fontSize(8.5).heightOfString(explain, { width: inner }) +
    20;
  doc
    .rect(MARGIN, boxTop, width, boxHeight)
    .fillAndStroke(trail.verdict.ok ? "#e8f5e9" : "#fdecea", trail.verdict.ok ? "#2e7d32" : "#c62828");
  doc
    .fillColor(trail.verdict.ok ? "#1b5e20" : "#b71c1c")
    .font(bold)
    .fontSize(11)
    .text(verdict, MARGIN + 8, boxTop + 8, { width: inner });
  doc.fillColor(GREY).font(regular).fontSize(8.5).moveDown(0.3).text(explain, { width: inner });
  doc.x = MARGIN;
  doc.y = boxTop + boxHeight + 14;

  const brokenAt = trail.verdict.ok ? undefined : trail.verdict.brokenAt;
  trail.records.forEach((record, k) => {
    const who = trail.actors[record.actorId] ?? record.actorId;
    const lines: { text: string; font: string; size: number; color: string }[] = [
      { text: `#${k + 1} · ${utcTime(record.at)} · ${record.kind}`, font: bold, size: 10, color: "#000000" },
      {
        text: `Who: ${who}${who === record.actorId ? "" : ` (${record.actorId})`}`,
        font: regular,
        size: 9.5,
        color: "#000000",
      },
      { text: `What: ${record.summary}`, font: regular, size: 9.5, color: "#000000" },
    ];
    if (record.invoiceIds?.length)
      lines.push({ text: `Invoices: ${record.invoiceIds.join(", ")}`, font: regular, size: 9, color: "#000000" });
    const evidence = evidenceOf(record.data);
    if (evidence) lines.push({ text: `Evidence: ${evidence}`, font: regular, size: 9, color: "#000000" });
    lines.push({ text: `Record ${record.id} · hash ${record.hash ?? "none"}`, font: regular, size: 7, color: GREY });
    lines.push({ text: `links to ${record.prevHash ?? "none"}`, font: regular, size: 7, color: GREY });
    if (record.id === brokenAt && !trail.verdict.ok)
      lines.push({
        text: `The chain breaks here: ${trail.verdict.reason}.`,
        font: bold,
        size: 9.5,
        color: "#b71c1c",
      });
    const height = lines.reduce(
      (h, l) => h + doc.font(l.font).fontSize(l.size).heightOfString(t(l.text), { width }) + 1,
      8,
    );
    if (doc.y + Math.min(height, bottom() - MARGIN) > bottom()) doc.addPage();
    for (const l of lines)
      doc.font(l.font).fontSize(l.size).fillColor(l.color).text(t(l.text), MARGIN, doc.y, { width });
    doc
      .moveDown(0.3)
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(0.5)
      .strokeColor("#cccccc")
      .stroke();
    doc.moveDown(0.5);
  });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits in the margin: no page break for it
    const footer = t(`${trail.firmName} · audit trail of ${trail.clientId} · page ${i + 1} of ${range.count}`);
    doc
      .font(regular)
      .fontSize(8)
      .fillColor(GREY)
      .text(footer, MARGIN, doc.page.height - MARGIN, { width, align: "center", lineBreak: false });
  }
  doc.end();
  return done;
}
