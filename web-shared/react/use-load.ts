/**
 * Loads one API answer for the current inputs and exposes it as a state a view can switch on (in
 * both pages). An answer that arrives after the inputs changed (another email was selected) is
 * dropped, so a slow response never paints the previous client over the current one.
 */
import { useCallback, useEffect, useState } from "react";
import type { ApiError, ApiResult } from "../api/http-client";

export type Loadable<T> = { state: "loading" } | { state: "ok"; value: T } | { state: "error"; error: ApiError };

export function useLoad<T>(
  load: (() => Promise<ApiResult<T>>) | null,
  deps: readonly unknown[],
): [Loadable<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; value: Loadable<T> }>({ key: "", value: { state: "loading" } });
  const key = `${JSON.stringify(deps)}#${attempt}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for deps and attempt
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then((r) => {
      if (live) setResult({ key, value: r.ok ? { state: "ok", value: r.value } : { state: "error", error: r.error } });
    });
    return () => {
      live = false;
    };
  }, [key]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  // A result for other inputs is never shown: until the new one arrives the view is loading.
  return [result.key === key ? result.value : { state: "loading" }, retry];
}
