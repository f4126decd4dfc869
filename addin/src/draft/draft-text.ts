/**
 * The draft is shown as text, never injected as HTML: its HTML may quote a client's email, and
 * the pane must not render markup that arrived from outside. DOMParser documents are inert (no
 * scripts run, no images load), so reading text out of them is safe.
 */
import type { Draft, DraftWarning } from "../api/types";

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const br of doc.querySelectorAll("br")) br.replaceWith("\n");
  for (const block of doc.querySelectorAll("p, div, li, tr, h1, h2, h3, h4")) block.append("\n");
  return (doc.body.textContent ?? "").replace(/\n{3,}/g, "\n\n").trim();
}

export function draftText(draft: Draft): string {
  return draft.text?.trim() ? draft.text : htmlToText(draft.html ?? "");
}

export function warningText(w: DraftWarning): string {
  return typeof w === "string" ? w : (w.message ?? w.code ?? "");
}
