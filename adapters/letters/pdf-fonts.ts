/**
 * The fonts of every PDF Nudge prints (letters, audit reports). By default DejaVu Sans, a Unicode
 * TrueType font shipped by the npm package `dejavu-fonts-ttf` (Bitstream Vera licence with DejaVu's
 * changes in the public domain: free to embed and redistribute), so Polish, Czech, Turkish and every
 * other Latin-extended, Greek or Cyrillic text prints exactly; pdfkit embeds only the glyphs used.
 * `"standard"` selects the 14 built-in PDF fonts (Helvetica), which cover Windows-1252 only: text
 * outside it is reduced to its unaccented letters (`toWinAnsi`).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export type PdfFonts = { regular: string | Buffer; bold?: string | Buffer } | "standard";

/** What a document registers with pdfkit: font names (or files) and the text filter they need. */
export interface ResolvedFonts {
  regular: string;
  bold: string;
  text: (s: string) => string;
}

const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** Keeps what the standard fonts can print; strips accents from the rest. */
export function toWinAnsi(text: string): string {
  return [...text]
    .map((ch) => {
      if (ch.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.has(ch)) return ch;
      const bare = ch === "ł" ? "l" : ch === "Ł" ? "L" : ch.normalize("NFD").replace(/\p{M}/gu, "");
      return [...bare].every((c) => c.charCodeAt(0) <= 0xff) ? bare : "?";
    })
    .join("");
}

let bundled: { regular: Buffer; bold: Buffer } | undefined;

/** DejaVu Sans and DejaVu Sans Bold, read once from the installed package. */
export function bundledFonts(): { regular: Buffer; bold: Buffer } {
  if (!bundled) {
    const require = createRequire(import.meta.url);
    const file = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
    bundled = { regular: file("DejaVuSans.ttf"), bold: file("DejaVuSans-Bold.ttf") };
  }
  return bundled;
}

/** Registers the chosen fonts on a pdfkit document (the bundled Unicode font unless told otherwise). */
export function registerPdfFonts(doc: PDFKit.PDFDocument, fonts: PdfFonts | undefined): ResolvedFonts {
  if (fonts === "standard") return { regular: "Helvetica", bold: "Helvetica-Bold", text: toWinAnsi };
  const chosen = fonts ?? bundledFonts();
  doc.registerFont("nudge-regular", chosen.regular);
  doc.registerFont("nudge-bold", chosen.bold ?? chosen.regular);
  return { regular: "nudge-regular", bold: "nudge-bold", text: (s) => s };
}

/** Collects a pdfkit document's output; call `doc.end()` after drawing. */
export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
