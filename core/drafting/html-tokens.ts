/**
 * A small, forgiving HTML tokenizer for email bodies: enough to strip markup to visible text and to
 * sanitize by allow-list. Core runs in the browser and in Node, so no DOM and no parser package.
 */

export type HtmlToken =
  | { type: "text"; text: string }
  | { type: "open"; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: "close"; name: string }
  | { type: "comment" };

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const ATTR = /([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content is never shown to a reader and never kept. */
export const RAW_CONTENT = new Set([
  "script",
  "style",
  "head",
  "title",
  "template",
  "noscript",
  "iframe",
  "object",
  "svg",
  "math",
  "xml",
]);

export function tokenize(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  for (const m of html.matchAll(TOKEN)) {
    const whole = m[0];
    if (whole.startsWith("<!") || whole.startsWith("<?")) {
      out.push({ type: "comment" });
    } else if (m[1] !== undefined) {
      const name = m[1].toLowerCase();
      if (whole.startsWith("</")) out.push({ type: "close", name });
      else out.push({ type: "open", name, attrs: parseAttrs(m[2] ?? ""), selfClosing: /\/\s*>$/.test(whole) });
    } else {
      out.push({ type: "text", text: whole });
    }
  }
  return out;
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const a of source.matchAll(ATTR)) {
    const name = (a[1] ?? "").toLowerCase();
    if (name && !(name in attrs)) attrs[name] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? "");
  }
  return attrs;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", shy: "" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Inline styles and attributes that hide text from a reader while a model would still read it. */
export function hidesContent(attrs: Record<string, string>): boolean {
  if ("hidden" in attrs || attrs["aria-hidden"] === "true") return true;
  const style = (attrs.style ?? "").toLowerCase().replace(/\s+/g, "");
  return /display:none|visibility:hidden|visibility:collapse|font-size:0(?![.\d]*[1-9])|opacity:0(?![.\d]*[1-9])|(?:max-)?height:0(?![.\d]*[1-9])|color:(?:#fff\b|#ffffff\b|white\b|transparent\b)|clip:rect\(0|text-indent:-\d{3,}|left:-\d{3,}/.test(
    style,
  );
}
