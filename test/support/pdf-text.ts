/**
 * Reads a PDF back as text with poppler's `pdftotext` (poppler-utils; CI installs it), the way a
 * person's PDF reader would extract it. No-break spaces that locales put in figures become spaces.
 */
import { execFileSync } from "node:child_process";

export function pdfToText(pdf: Uint8Array, options: { layout?: boolean } = {}): string {
  const text = execFileSync("pdftotext", [...(options.layout ? ["-layout"] : []), "-enc", "UTF-8", "-", "-"], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  }).toString("utf8");
  return text.replace(/[\u00a0\u202f]/g, " ");
}
