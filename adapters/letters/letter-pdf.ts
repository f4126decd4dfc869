/**
 * Letters as PDF (pdfkit): firm letterhead, date, the client's address block, the subject, the
 * paragraphs and the invoice table of a draft. The PDF holds exactly the draft's text, so what the
 * reviewer approved is what is printed: the drafting route prints a fresh draft, the draft queue a
 * letter the daily run made (its stored text and layout).
 *
 * Printed in the bundled Unicode font (DejaVu Sans, pdf-fonts.ts) so Polish "ł, ś, ż, ą" and other
 * Latin-extended letters come out exactly; `fonts: "standard"` keeps the built-in Helvetica.
 */
import PDFDocument from "pdfkit";
import type { Draft, LetterBlock } from "../../core/drafting/types";
import type { WorkflowDraft } from "../../core/workflow/documents";
import { type PdfFonts, pdfBuffer, registerPdfFonts } from "./pdf-fonts";

export interface Letterhead {
  firmName: string;
  /** Address, phone, email of the firm, one line each. */
  lines?: string[];
}

export interface LetterOptions {
  fonts?: PdfFonts;
  size?: "LETTER" | "A4";
}

/** What a letter prints: a draft from the drafting module, or one waiting in the queue. */
export type LetterContent = Pick<Draft, "subject" | "text" | "asOf" | "letter">;

/** A letter the daily run queued: its stored subject, text and layout, dated the day it was drafted. */
export function queuedLetterContent(draft: WorkflowDraft): LetterContent {
  return {
    subject: draft.subject,
    text: draft.text,
    asOf: draft.runDate,
    ...(draft.letter ? { letter: draft.letter } : {}),
  };
}

export function renderLetterPdf(
  draft: LetterContent,
  letterhead: Letterhead,
  options: LetterOptions = {},
): Promise<Buffer> {
  const doc = new PDFDocument({ size: options.size ?? "LETTER", margin: 64, info: { Title: draft.subject } });
  const done = pdfBuffer(doc);
  const { regular, bold, text: t } = registerPdfFonts(doc, options.fonts);
  const width = doc.page.width - 128;
  doc.font(bold).fontSize(16).text(t(letterhead.firmName));
  doc.font(regular).fontSize(9).fillColor("#555555");
  for (const line of letterhead.lines ?? []) doc.text(t(line));
  doc
    .moveDown(0.5)
    .moveTo(64, doc.y)
    .lineTo(64 + width, doc.y)
    .strokeColor("#999999")
    .stroke();
  doc.fillColor("#000000").fontSize(11).moveDown(1.5);
  const layout = draft.letter;
  doc.text(t(layout?.dateLine ?? draft.asOf), { align: "right" }).moveDown(1);
  for (const line of layout?.addressLines ?? []) doc.text(t(line));
  doc.moveDown(1.5).font(bold).text(t(draft.subject)).font(regular).moveDown(1);
  const blocks: LetterBlock[] = layout?.blocks ?? draft.text.split(/\n\n+/).map((text) => ({ kind: "text", text }));
  for (const block of blocks) {
    if (block.kind === "text") doc.text(t(block.text), { width }).moveDown(0.8);
    else drawTable(doc, block, { width, regular, bold, t });
  }
  doc.end();
  return done;
}

function drawTable(
  doc: PDFKit.PDFDocument,
  table: Extract<LetterBlock, { kind: "table" }>,
  style: { width: number; regular: string; bold: string; t: (s: string) => string },
): void {
  const cols = table.headers.length;
  const colWidth = style.width / cols;
  const row = (cells: string[], font: string) => {
    if (doc.y > doc.page.height - 100) doc.addPage();
    const y = doc.y;
    cells.forEach((cell, i) => {
      doc.font(font).text(style.t(cell), 64 + i * colWidth, y, {
        width: colWidth - 8,
        align: i === cols - 1 ? "right" : "left",
        lineBreak: false,
      });
    });
    doc.x = 64;
    doc.y = y + 18;
  };
  row(table.headers, style.bold);
  doc
    .moveTo(64, doc.y - 4)
    .lineTo(64 + style.width, doc.y - 4)
    .strokeColor("#999999")
    .stroke();
  for (const r of table.rows) row(r, style.regular);
  if (table.total) {
    doc
      .moveTo(64, doc.y - 4)
      .lineTo(64 + style.width, doc.y - 4)
      .stroke();
    row([table.total[0], ...Array.from({ length: cols - 2 }, () => ""), table.total[1]], style.bold);
  }
  doc.font(style.regular).moveDown(0.8);
}
