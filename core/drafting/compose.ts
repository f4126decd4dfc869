/**
 * Turns a draft's blocks (paragraphs and tables) into its three forms: plain text, HTML and the
 * letter layout. Client-facing required wording (consumer notice, SMS opt-out) is appended here,
 * after any generation, so no model can drop it.
 */
import type { Channel } from "../domain/types";
import { escapeHtml } from "./html-tokens";
import type { LanguagePack } from "./templates/pack";
import type { LetterBlock } from "./types";

export interface ComposedDraft {
  subject: string;
  text: string;
  html: string;
  blocks: LetterBlock[];
}

export interface ComposeInput {
  subject: string;
  blocks: LetterBlock[];
  channel: Channel;
  pack: LanguagePack;
  consumer: boolean;
}

export function composeDraft(input: ComposeInput): ComposedDraft {
  const blocks = [...input.blocks];
  if (input.consumer && input.channel !== "sms") blocks.push({ kind: "text", text: input.pack.consumerNotice });
  if (input.channel === "sms") {
    const body = blocks
      .map((b) => (b.kind === "text" ? b.text : ""))
      .join(" ")
      .replace(/[ \t\r\n]+/g, " ")
      .trim();
    const text = input.consumer ? `${body} ${input.pack.smsOptOut}` : body;
    return { subject: input.subject, text, html: `<p>${escapeHtml(text)}</p>`, blocks: [{ kind: "text", text }] };
  }
  const text = blocks.map((b) => (b.kind === "text" ? b.text : tableText(b))).join("\n\n");
  const html = blocks.map((b) => (b.kind === "text" ? paragraphHtml(b.text) : tableHtml(b))).join("\n");
  return { subject: input.subject, text, html, blocks };
}

function tableText(t: Extract<LetterBlock, { kind: "table" }>): string {
  const lines = [t.headers.join(" | "), ...t.rows.map((r) => r.join(" | "))];
  if (t.total) lines.push(`${t.total[0]}: ${t.total[1]}`);
  return lines.join("\n");
}

function paragraphHtml(text: string): string {
  return `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
}

function tableHtml(t: Extract<LetterBlock, { kind: "table" }>): string {
  const cells = (row: string[], tag: "td" | "th") =>
    row.map((c, i) => `<${tag}${i === row.length - 1 ? ' align="right"' : ""}>${escapeHtml(c)}</${tag}>`).join("");
  const head = `<thead><tr>${cells(t.headers, "th")}</tr></thead>`;
  const body = `<tbody>${t.rows.map((r) => `<tr>${cells(r, "td")}</tr>`).join("")}</tbody>`;
  const span = Math.max(1, t.headers.length - 1);
  const foot = t.total
    ? `<tfoot><tr><th colspan="${span}" align="left">${escapeHtml(t.total[0])}</th><td align="right">${escapeHtml(t.total[1])}</td></tr></tfoot>`
    : "";
  return `<table>${head}${body}${foot}</table>`;
}
