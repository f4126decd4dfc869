/**
 * Status mapping, bounded retry and bounded parallelism for Cosmos calls. The SDK already retries
 * 429s (see `retryOptions` in `openCosmosStore`); bulk writes add their own bounded retry on top, so a
 * long import rides out sustained throttling instead of failing half-way.
 */

/** The HTTP status of a Cosmos error, or undefined for anything else (network errors, bugs). */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === "number") return code;
  return typeof statusCode === "number" ? statusCode : undefined;
}

export function isStatus(error: unknown, ...statuses: number[]): boolean {
  const status = statusOf(error);
  return status !== undefined && statuses.includes(status);
}

/** Throttled (429), retry-with (449), timeout (408) and unavailable (503) are worth another try. */
const TRANSIENT = [408, 429, 449, 503];

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 6,
  baseDelayMs: 100,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export async function withRetry<T>(work: () => Promise<T>, policy: RetryPolicy = defaultRetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= policy.attempts || !isStatus(error, ...TRANSIENT)) throw error;
      const hinted = (error as { retryAfterInMs?: unknown }).retryAfterInMs;
      const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
      await policy.sleep(typeof hinted === "number" && hinted > 0 ? hinted : backoff);
    }
  }
}

/**
 * Runs `work` over `items` with at most `limit` in flight. The first failure rejects the run and
 * stops the other lanes from starting new items (those already in flight finish).
 */
export async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next] as T;
      next += 1;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
