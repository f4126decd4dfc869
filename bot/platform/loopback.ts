/**
 * Local, unauthenticated mode (no bot app id): only a caller on this machine may play the Bot
 * Framework channel, and the bot only answers to a connector on this machine, so nothing on the
 * network can drive the bot or make it post client data elsewhere.
 */

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLoopbackUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

/**
 * An unauthenticated activity is admitted when the request reached a loopback address, no proxy
 * forwarded it from elsewhere, and its serviceUrl is loopback too.
 */
export function admitsUnauthenticated(
  request: { url: string; headers: Record<string, string> },
  body: unknown,
): boolean {
  if (!isLoopbackUrl(request.url)) return false;
  const forwarded = request.headers["x-forwarded-for"];
  if (forwarded && !forwarded.split(",").every((a) => isLoopbackAddress(a.trim()))) return false;
  const serviceUrl = (body as { serviceUrl?: unknown } | null)?.serviceUrl;
  return isLoopbackUrl(serviceUrl);
}

function isLoopbackAddress(address: string): boolean {
  return address === "::1" || address.startsWith("127.") || address === "::ffff:127.0.0.1" || address === "localhost";
}
