/**
 * Segment thresholds: when the payment model sends an account to a reminder, a call, the partner,
 * a payment plan or the write-off review. Chances are typed as percentages; each save is a version.
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parseAmountToMinor } from "../../../web-shared/format/display-format";
import { parseSegmentPolicy } from "../../../core/config/segment-policy-store";
import { toDecimalString } from "../../../core/money/money";
import type { ApiError } from "../../../web-shared/api/http-client";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loaded } from "../common/Loaded";
import { useStrings } from "../i18n/strings";
import { SegmentVersions } from "./SegmentVersions";

const PERCENT = ["nudgeMinP30", "partnerBelowP30", "writeOffBelowP30"] as const;
const WHOLE = [
  "callAfterDaysPastDue",
  "partnerAfterDaysPastDue",
  "writeOffAfterDaysPastDue",
  "planMinBrokenPromises",
] as const;
type Form = Record<string, string>;

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
});

export function toForm(policy: Record<string, number>): Form {
  const form: Form = {};
  for (const k of PERCENT) form[k] = String(Math.round((policy[k] ?? 0) * 1000) / 10);
  for (const k of WHOLE) form[k] = String(policy[k] ?? 0);
  form.planMinOverdueMinor = toDecimalString(policy.planMinOverdueMinor ?? 0);
  return form;
}

export function fromForm(form: Form): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of PERCENT) out[k] = form[k]?.trim() === "" ? Number.NaN : Number(form[k]) / 100;
  for (const k of WHOLE) out[k] = form[k]?.trim() === "" ? Number.NaN : Number(form[k]);
  out.planMinOverdueMinor =
    parseAmountToMinor(form.planMinOverdueMinor ?? "") ?? (form.planMinOverdueMinor?.trim() === "0" ? 0 : Number.NaN);
  return out;
}

export function SegmentsEditor(props: { readOnly: boolean }) {
  const s = useStrings();
  const t = s.segmentsEditor;
  const styles = useStyles();
  const { api } = useServices();
  const [nonce, setNonce] = useState(0);
  const [current] = useLoad(() => api.segments(), [nonce]);
  // The administrator's edits over the version in force; none yet = the version's own values.
  const [edits, setEdits] = useState<Form | null>(null);
  const form =
    edits ?? (current.state === "ok" ? toForm(current.value.policy as unknown as Record<string, number>) : null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const check = form ? parseSegmentPolicy(fromForm(form)) : null;
  const bad = new Set(check && !check.ok ? (check.details as { path: string }[]).map((p) => p.path) : []);
  const save = async () => {
    if (!form || current.state !== "ok") return;
    const r = await api.saveSegments(fromForm(form), current.value.version);
    setError(r.ok ? null : r.error);
    if (r.ok) {
      setSaved(r.value.version);
      setEdits(null);
      setNonce((n) => n + 1);
    }
  };
  const messageFor = (k: string) =>
    check && !check.ok
      ? ((check.details as { path: string; message: string }[]).find((p) => p.path === k)?.message ?? null)
      : null;
  const field = (k: string) => (
    <Field
      key={k}
      label={(t as Record<string, unknown>)[k] as string}
      hint={(PERCENT as readonly string[]).includes(k) ? t.percentHint : null}
      validationState={bad.has(k) ? "error" : "none"}
      validationMessage={messageFor(k)}
    >
      <Input
        value={form?.[k] ?? ""}
        readOnly={props.readOnly}
        onChange={(_, d) => form && setEdits({ ...form, [k]: d.value })}
      />
    </Field>
  );
  return (
    <Loaded value={current}>
      {(v) => (
        <div style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }}>
          <p style={{ margin: 0 }}>
            {t.intro} {s.config.version(v.version)}
          </p>
          <div className={styles.grid}>
            {[...PERCENT, ...WHOLE.slice(0, 3), "planMinOverdueMinor", "planMinBrokenPromises"].map(field)}
          </div>
          {saved !== null ? (
            <MessageBar intent="success">
              <MessageBarBody>{t.saved(saved)}</MessageBarBody>
            </MessageBar>
          ) : null}
          {error ? <ApiErrorBar error={error} /> : null}
          <div>
            <Button appearance="primary" disabled={props.readOnly || !check?.ok} onClick={() => void save()}>
              {t.save}
            </Button>
          </div>
          <SegmentVersions refresh={nonce} onRestore={(policy) => setEdits(toForm(policy))} />
        </div>
      )}
    </Loaded>
  );
}
