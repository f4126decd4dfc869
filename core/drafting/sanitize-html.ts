/**
 * HTML sanitation by allow-list, applied to every draft's HTML: formatting and table tags only, no
 * scripts, no event handlers, no styles, no images from outside (a tracking pixel or a remote image
 * would leak that the client opened the mail), links only to https or mailto.
 */
import { escapeHtml, RAW_CONTENT, tokenize, VOID_ELEMENTS } from "./html-tokens";

const ALLOWED = new Set([
  "p",
  "br",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "ul",
  "ol",
  "li",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "a",
  "span",
  "div",
  "h1",
  "h2",
  "h3",
  "hr",
]);
const ALLOWED_ATTRS: Record<string, string[]> = {
  a: ["href"],
  td: ["colspan", "rowspan", "align"],
  th: ["colspan", "rowspan", "align", "scope"],
};

export interface SanitizedHtml {
  html: string;
  /** What was taken out (`script`, `onclick`, `img[src=https:…]`…), for warnings. */
  removed: string[];
}

export function sanitizeHtml(html: string): SanitizedHtml {
  const removed = new Set<string>();
  let out = "";
  let skipUntil: string | undefined;
  for (const token of tokenize(html)) {
    if (skipUntil) {
      if (token.type === "close" && token.name === skipUntil) skipUntil = undefined;
      continue;
    }
    if (token.type === "text") out += token.text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
    else if (token.type === "comment") removed.add("comment");
    else if (token.type === "close") {
      if (ALLOWED.has(token.name) && !VOID_ELEMENTS.has(token.name)) out += `</${token.name}>`;
    } else if (RAW_CONTENT.has(token.name)) {
      removed.add(token.name);
      if (!token.selfClosing) skipUntil = token.name;
    } else if (!ALLOWED.has(token.name)) {
      removed.add(token.name === "img" ? `img[src=${(token.attrs.src ?? "").slice(0, 40)}]` : token.name);
    } else {
      let attrs = "";
      for (const [name, value] of Object.entries(token.attrs)) {
        if (!(ALLOWED_ATTRS[token.name] ?? []).includes(name)) {
          removed.add(name.startsWith("on") ? name : `${token.name}[${name}]`);
          continue;
        }
        if (name === "href" && !/^(https:|mailto:)/i.test(value.trim())) {
          removed.add(`a[href=${value.slice(0, 40)}]`);
          continue;
        }
        attrs += ` ${name}="${escapeHtml(value)}"`;
      }
      out += `<${token.name}${attrs}>`;
    }
  }
  return { html: out, removed: [...removed] };
}
