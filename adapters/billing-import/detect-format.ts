/**
 * Picks the parser for a file. Content decides first (a LEDES file announces itself on its first
 * line); the file extension only breaks the tie for files that say nothing.
 */
import { stripBom } from "./csv-reader";

export type ImportFormat = "csv" | "ledes";

export function detectFormat(fileName: string, text: string): ImportFormat {
  const head = stripBom(text.slice(0, 64)).trimStart().toUpperCase();
  if (head.startsWith("LEDES")) return "ledes";
  if (/\.(ledes|1998b)$/i.test(fileName)) return "ledes";
  return "csv";
}
