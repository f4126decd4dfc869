/**
 * Cuts a reply down to what the sender wrote now: quoted history ("On … wrote:", "> …", forwarded
 * headers) and the signature separator are dropped, then the text is split into sentences.
 */

const HISTORY =
  /^(?:On .{3,120} wrote:|-{2,} ?Original Message ?-{2,}|_{5,}|From: .+|De ?: .+|Von: .+|Od: .+|Le .{3,120} a écrit ?:|El .{3,120} escribió:|Am .{3,120} schrieb .{0,80}:|W dniu .{3,120} napisał.*)$/imu;

export function currentMessage(body: string): string {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  for (const line of lines) {
    if (HISTORY.test(line.trim()) || /^--\s*$/.test(line)) break;
    if (line.trimStart().startsWith(">")) continue;
    kept.push(line);
  }
  return kept.join("\n").trim();
}

/**
 * Sentences in order. A period after a capitalized abbreviation ("Mr.", "Dec.") or after a number
 * (the German "19. November") does not end one.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!\b[A-Z][a-z]{0,3}\.)(?<!\d\.)\s+(?=[\p{Lu}¿¡"(])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\d]/u.test(s));
}
