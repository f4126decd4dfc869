/** The bot's log lines: an event name with ids, codes and counts only, never names, amounts or text. */
export function logEvent(event: string, fields: Record<string, string | number | boolean | undefined> = {}): void {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`);
  console.info(`bot: ${event}${parts.length ? ` ${parts.join(" ")}` : ""}`);
}

export function logFailure(
  event: string,
  error: unknown,
  fields: Record<string, string | number | undefined> = {},
): void {
  logEvent(event, { ...fields, error: (error as Error)?.name ?? "error" });
}
