import { describe, expect, it } from "vitest";
import { sanitizeHtml } from "./sanitize-html";

describe("draft HTML is sanitized by allow-list", () => {
  it.each([
    ["<p>ok</p><script>steal()</script>", "steal", "script"],
    ['<p onclick="x()">ok</p>', "onclick", "onclick"],
    ['<img src="https://tracker.example/p.gif"><p>ok</p>', "tracker", "img[src=https://tracker.example/p.gif]"],
    ['<a href="javascript:alert(1)">ok</a>', "javascript", "a[href=javascript:alert(1)]"],
    ['<p style="background:url(https://x.example)">ok</p>', "background", "p[style]"],
    ['<iframe src="https://x.example"></iframe><p>ok</p>', "iframe", "iframe"],
  ])("%s", (html, gone, reported) => {
    const out = sanitizeHtml(html);
    expect(out.html).toContain("ok");
    expect(out.html).not.toContain(gone);
    expect(out.removed).toContain(reported);
  });

  it("keeps tables, paragraphs and safe links", () => {
    const html = '<p>Hi<br></p><table><tr><td colspan="2">a</td></tr></table><a href="https://firm.example">x</a>';
    expect(sanitizeHtml(html)).toEqual({ html, removed: [] });
  });
});
