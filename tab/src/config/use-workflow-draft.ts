/**
 * The workflow configuration being edited: the version in force, the administrator's draft, and the
 * review step every save goes through — the server validates the draft and lists the accounts it
 * would affect (dry run) — then the save as the next version, guarded by the version it started from.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { DashboardApi } from "../api/dashboard-api";
import type { ApiError } from "../../../web-shared/api/http-client";
import type { DryRunAnswer, WorkflowConfig } from "../api/types";
import { useLoad } from "../../../web-shared/react/use-load";
import { checkWorkflow, type Problem } from "./validate-config";

export type Review =
  | { state: "idle" }
  | { state: "checking" }
  | { state: "ready"; result: DryRunAnswer }
  | { state: "invalid"; problems: Problem[]; error?: ApiError };

export function useWorkflowDraft(api: DashboardApi) {
  const [nonce, setNonce] = useState(0);
  const [loaded] = useLoad(() => api.workflowConfig(), [nonce]);
  const [draft, setDraftState] = useState<WorkflowConfig | null>(null);
  const [review, setReview] = useState<Review>({ state: "idle" });
  const [saved, setSaved] = useState<number | null>(null);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const base = loaded.state === "ok" ? loaded.value : null;
  useEffect(() => {
    if (base) setDraftState(structuredClone(base.config));
  }, [base]);
  const dirty = useMemo(
    () => Boolean(base && draft && JSON.stringify(base.config) !== JSON.stringify(draft)),
    [base, draft],
  );
  const problems = useMemo(() => (draft ? checkWorkflow(draft) : []), [draft]);
  const setDraft = useCallback((next: WorkflowConfig) => {
    setDraftState(next);
    setReview({ state: "idle" });
    setSaved(null);
  }, []);
  const startReview = useCallback(async () => {
    if (!draft) return;
    if (problems.length) return setReview({ state: "invalid", problems });
    setReview({ state: "checking" });
    const r = await api.dryRun(draft);
    if (r.ok) return setReview({ state: "ready", result: r.value });
    const details = r.error.kind === "problem" ? serverProblems(r.error) : [];
    setReview({ state: "invalid", problems: details, error: r.error });
  }, [api, draft, problems]);
  const save = useCallback(
    async (note: string) => {
      if (!draft || !base) return;
      const r = await api.saveWorkflowConfig(draft, base.version, note || undefined);
      if (!r.ok) return setSaveError(r.error);
      setSaveError(null);
      setReview({ state: "idle" });
      setSaved(r.value.version);
      setNonce((n) => n + 1);
    },
    [api, base, draft],
  );
  const discard = useCallback(() => {
    if (base) setDraft(structuredClone(base.config));
  }, [base, setDraft]);
  return { loaded, base, draft, setDraft, dirty, problems, review, startReview, save, saved, saveError, discard };
}

export type WorkflowDraft = ReturnType<typeof useWorkflowDraft>;

/** The server's VALIDATION answer lists `{path, message}` problems; the error bar shows its detail. */
function serverProblems(error: Extract<ApiError, { kind: "problem" }>): Problem[] {
  return error.detail ? [{ path: "", message: error.detail }] : [];
}
