/**
 * The clients behind the queue's items. `GET /drafts` and `GET /tasks` name a client and its
 * invoices by id only, so each client's summary (name, open invoices with numbers and balances,
 * billing partner and collector) is read once, a few at a time, in the order the list shows them.
 * Items render at once with what they have and fill in as their client arrives.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Loadable } from "../../../web-shared/react/use-load";
import type { NudgeApi } from "../api/nudge-api";
import type { ClientSummary } from "../api/types";

/** Parallel summary requests: enough to fill a screen quickly without crowding the API. */
const PARALLEL = 4;

export interface ClientSummaries {
  get(clientId: string): Loadable<ClientSummary> | undefined;
  /** Forgets what was read, so balances are read again (the Refresh button). */
  refresh(): void;
}

export function useClientSummaries(api: NudgeApi, clientIds: readonly string[]): ClientSummaries {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Loadable<ClientSummary>>>(new Map());
  const [epoch, setEpoch] = useState(0);
  const requested = useRef(new Set<string>());
  const waiting = useRef<string[]>([]);
  const active = useRef(0);
  const epochRef = useRef(0);

  const pump = useCallback(() => {
    while (active.current < PARALLEL && waiting.current.length > 0) {
      const id = waiting.current.shift()!;
      const mine = epochRef.current;
      active.current++;
      api.summary(id).then((r) => {
        active.current--;
        if (mine === epochRef.current) {
          const value: Loadable<ClientSummary> = r.ok
            ? { state: "ok", value: r.value }
            : { state: "error", error: r.error };
          setLoaded((m) => new Map(m).set(id, value));
        }
        pump();
      });
    }
  }, [api]);

  const key = clientIds.join("\n");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for clientIds; `epoch` restarts after refresh
  useEffect(() => {
    for (const id of clientIds)
      if (!requested.current.has(id)) {
        requested.current.add(id);
        waiting.current.push(id);
      }
    pump();
  }, [key, epoch, pump]);

  const refresh = useCallback(() => {
    epochRef.current++;
    requested.current.clear();
    waiting.current = [];
    setLoaded(new Map());
    setEpoch((e) => e + 1);
  }, []);

  const get = useCallback((clientId: string) => loaded.get(clientId), [loaded]);
  return { get, refresh };
}
