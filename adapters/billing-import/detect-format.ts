/**
 * Picks the parser for a file. Content decides first (a workbook starts with a zip or OLE
 * signature, a LEDES file announces itself on its first line); the file extension only breaks the
 * tie for files that say nothing. Legacy `.xls` files go to the xlsx parser, which refuses them
 * with what to do instead.
 */
import { stripBom } from "./csv-reader";
import { isOleFile, isZipFile } from "./xlsx-workbook";

export type ImportFormat = "csv" | "ledes" | "xlsx";

export const IMPORT_FORMATS: readonly ImportFormat[] = ["csv", "ledes", "xlsx"];

/** `content` is the file's bytes, or its text when already decoded. */
export function detectFormat(fileName: string, content: string | Uint8Array): ImportFormat {
  if (typeof content !== "string" && (isZipFile(content) || isOleFile(content))) return "xlsx";
  const text = typeof content === "string" ? content.slice(0, 64) : new TextDecoder().decode(content.subarray(0, 64));
  const head = stripBom(text).trimStart().toUpperCase();
  if (head.startsWith("LEDES")) return "ledes";
  if (/\.(ledes|1998b)$/i.test(fileName)) return "ledes";
  if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) return "xlsx";
  return "csv";
}
