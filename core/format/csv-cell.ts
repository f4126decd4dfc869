/**
 * One CSV cell, for every CSV Nudge writes (the dashboard's inventory, the audit export): quoted when
 * it holds a quote, comma or line break, and text a spreadsheet would run as a formula (=, +, -, @,
 * tab or carriage return first; plain negative numbers excepted) prefixed with an apostrophe, so an
 * exported client name or summary such as `=HYPERLINK(...)` stays text.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
