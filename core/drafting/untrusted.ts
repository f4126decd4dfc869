/**
 * Client email is data, never instructions. Before any rule or model reads it: markup is reduced
 * to the text a person would see (hidden spans, comments and scripts are dropped), the text is
 * NFKC-normalized (fullwidth digits become ASCII), digits of other scripts become ASCII, invisible
 * and direction-override characters go, and letters that imitate digits inside numbers (Cyrillic
 * "З", Latin "O" in "1,5OO") are masked so they can never be read as a figure.
 */
import { decodeEntities, hidesContent, RAW_CONTENT, tokenize, VOID_ELEMENTS } from "./html-tokens";
import type { InboundMessage } from "./types";

export type InboundFlag =
  | "html-stripped"
  | "hidden-text-removed"
  | "lookalike-digits"
  | "invisible-characters"
  | "truncated";

export interface NeutralizedMessage extends InboundMessage {
  flags: InboundFlag[];
}

const BLOCK_TAGS = /^(p|div|br|li|tr|h[1-6]|table|ul|ol|blockquote|hr|section|article|header|footer)$/;
/** Zero-width, soft hyphen, bidi embeddings/overrides/isolates, BOM. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Letters that pass for digits: Latin/Cyrillic/Greek O, l, I, Cyrillic З/з, б, Greek ο. */
const LOOKALIKE = /[OoОоΟοlIІӀЗзбΒ]/;
export const MAX_INBOUND_CHARS = 6000;

/** The text a reader would see in an HTML body; hidden elements are dropped with their content. */
export function visibleText(html: string): { text: string; hiddenRemoved: boolean; hadMarkup: boolean } {
  const tokens = tokenize(html);
  let text = "";
  let hiddenRemoved = false;
  let hadMarkup = false;
  const stack: { name: string; hidden: boolean }[] = [];
  let hiddenDepth = 0;
  for (const t of tokens) {
    if (t.type === "text") {
      if (hiddenDepth === 0) text += decodeEntities(t.text);
      else if (t.text.trim()) hiddenRemoved = true;
    } else if (t.type === "comment") {
      hadMarkup = true;
    } else if (t.type === "open") {
      hadMarkup = true;
      if (BLOCK_TAGS.test(t.name) && hiddenDepth === 0) text += "\n";
      if (VOID_ELEMENTS.has(t.name) || t.selfClosing) continue;
      const hidden = RAW_CONTENT.has(t.name) || hidesContent(t.attrs);
      stack.push({ name: t.name, hidden });
      if (hidden) hiddenDepth++;
    } else {
      hadMarkup = true;
      const at = stack.map((s) => s.name).lastIndexOf(t.name);
      if (at < 0) continue;
      for (const closed of stack.splice(at)) if (closed.hidden) hiddenDepth--;
      if (BLOCK_TAGS.test(t.name) && hiddenDepth === 0) text += "\n";
    }
  }
  return { text, hiddenRemoved, hadMarkup };
}

/** Maps every Unicode decimal digit (Arabic-Indic, Devanagari, mathematical…) to ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    if (d >= "0" && d <= "9") return d;
    const cp = d.codePointAt(0)!;
    // Decimal digits come in contiguous runs of ten, each starting at its zero.
    let zero = cp;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String((cp - zero) % 10);
  });
}

/** Masks look-alike letters sitting between digits (`1,5OO.00`, `2З4`) and reports whether any were found. */
function maskLookalikes(text: string): { text: string; found: boolean } {
  let found = false;
  const masked = text.replace(/[\p{L}\d.,]+/gu, (token) => {
    if (!/\d/.test(token) || !LOOKALIKE.test(token)) return token;
    // A token of digits and look-alikes only (plus separators) is a disguised number; words like "10am" are not.
    const rest = token.replace(/[\d.,]/g, "");
    if (![...rest].every((c) => LOOKALIKE.test(c))) return token;
    found = true;
    return token.replace(new RegExp(LOOKALIKE.source, "g"), "\u2047");
  });
  return { text: masked, found };
}

/** Normalizes one field of untrusted text; see the module comment. */
export function neutralizeText(raw: string, flags: Set<InboundFlag>, maxChars = MAX_INBOUND_CHARS): string {
  let text = raw;
  if (/<[a-z!/][^>]*>/i.test(text)) {
    const visible = visibleText(text);
    text = visible.text;
    if (visible.hadMarkup) flags.add("html-stripped");
    if (visible.hiddenRemoved) flags.add("hidden-text-removed");
  }
  text = text.normalize("NFKC");
  if (new RegExp(INVISIBLE.source).test(text)) flags.add("invisible-characters");
  text = asciiDigits(text.replace(INVISIBLE, ""));
  const masked = maskLookalikes(text);
  if (masked.found) flags.add("lookalike-digits");
  text = masked.text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/\n[ \t]+/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (text.length > maxChars) {
    flags.add("truncated");
    text = text.slice(0, maxChars);
  }
  return text;
}

export function neutralizeInbound(message: InboundMessage): NeutralizedMessage {
  const flags = new Set<InboundFlag>();
  const from = neutralizeText(message.from, flags, 320).replace(/\s+/g, "");
  const subject = neutralizeText(message.subject, flags, 300).replace(/\n/g, " ");
  const body = neutralizeText(message.body, flags);
  return { from, subject, body, flags: [...flags] };
}

/**
 * Wraps untrusted text for a prompt: angle brackets are escaped so the text can never close its
 * delimiter or open a new one.
 */
export function asPromptData(tag: string, text: string): string {
  const safe = text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<${tag}>\n${safe}\n</${tag}>`;
}
