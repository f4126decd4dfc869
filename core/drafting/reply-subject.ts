/**
 * The subject of a reply: "Re: <their subject>" keeps the thread together in the client's mailbox,
 * but their subject is untrusted text. It is echoed only when it carries no figure, link or markup;
 * otherwise the template's own subject is used.
 */
import type { DraftContext } from "./draft-context";
import { LINKS } from "./compliance-rules";

const PREFIX = /^\s*(?:re|aw|odp|rv|réf|tr|fw|fwd|wg)\s*:\s*/i;

export function replySubject(ctx: Pick<DraftContext, "inbound" | "pack">, fallback: string): string {
  const theirs = ctx.inbound?.subject.trim();
  if (!theirs || ctx.inbound?.flags.includes("hidden-text-removed")) return fallback;
  const bare = theirs.replace(PREFIX, "").trim();
  const unsafe = /[\d<>{}[\]\\]/.test(bare) || new RegExp(LINKS.source).test(bare) || bare.length > 120 || !bare;
  return unsafe ? fallback : `${ctx.pack.replyPrefix} ${bare}`;
}
