/** The bot's text commands. Anything it does not recognise is `help`. */

export type Command =
  | { kind: "help" }
  | { kind: "status"; query: string }
  | { kind: "approvals" }
  | { kind: "digest-here" };

/** Channel messages carry the bot's mention (`<at>Nudge</at>`); commands ignore case and spacing. */
export function parseCommand(text: string | undefined): Command {
  const clean = (text ?? "")
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const lower = clean.toLowerCase();
  const status = /^status\s+(.+)$/i.exec(clean);
  if (status?.[1]) return { kind: "status", query: status[1].trim() };
  if (/^(my )?approvals?$/.test(lower)) return { kind: "approvals" };
  if (lower === "digest here") return { kind: "digest-here" };
  return { kind: "help" };
}
