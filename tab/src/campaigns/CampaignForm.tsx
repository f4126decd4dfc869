/** Starting a campaign: name, kind, window, cash target, and optionally one collector's or partner's clients. */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { parseAmountToMinor } from "../../../web-shared/format/display-format";
import { isIsoDate } from "../../../core/domain/dates";
import type { ApiError } from "../../../web-shared/api/http-client";
import type { Person } from "../api/types";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
});

export interface CampaignDraft {
  name: string;
  type: string;
  startDate: string;
  endDate: string;
  target: string;
  currency: string;
  collectorId: string;
  partnerId: string;
}

export function checkCampaign(d: CampaignDraft): Partial<Record<keyof CampaignDraft, true>> {
  const bad: Partial<Record<keyof CampaignDraft, true>> = {};
  if (!d.name.trim()) bad.name = true;
  if (!isIsoDate(d.startDate)) bad.startDate = true;
  if (!isIsoDate(d.endDate) || d.endDate < d.startDate) bad.endDate = true;
  if (parseAmountToMinor(d.target, d.currency) === undefined) bad.target = true;
  return bad;
}

export function CampaignForm(props: {
  people: Person[];
  onCreate: (input: Record<string, unknown>) => Promise<ApiError | null>;
}) {
  const s = useStrings();
  const c = s.campaigns;
  const styles = useStyles();
  const [d, setD] = useState<CampaignDraft>({
    name: "",
    type: "quarter-end",
    startDate: "",
    endDate: "",
    target: "",
    currency: "USD",
    collectorId: "",
    partnerId: "",
  });
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const bad = tried ? checkCampaign(d) : {};
  const set = (k: keyof CampaignDraft) => (_: unknown, v: { value: string }) => setD({ ...d, [k]: v.value });
  const submit = async () => {
    setTried(true);
    if (Object.keys(checkCampaign(d)).length) return;
    const { target, collectorId, partnerId, ...rest } = d;
    const result = await props.onCreate({
      ...rest,
      targetMinor: parseAmountToMinor(target, d.currency),
      ...(collectorId ? { collectorId } : {}),
      ...(partnerId ? { partnerId } : {}),
    });
    setError(result);
  };
  const field = (k: keyof CampaignDraft, label: string, type: "text" | "date" = "text") => (
    <Field
      label={label}
      required
      validationState={bad[k] ? "error" : "none"}
      validationMessage={bad[k] ? c.invalid : null}
    >
      <Input type={type} value={d[k]} onChange={set(k)} />
    </Field>
  );
  const scope = (k: "collectorId" | "partnerId", label: string, role: string) => (
    <Field label={label}>
      <Select value={d[k]} onChange={set(k)}>
        <option value="">{c.everyone}</option>
        {props.people
          .filter((p) => p.roles.includes(role as never))
          .map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
      </Select>
    </Field>
  );
  return (
    <div>
      <div className={styles.grid}>
        {field("name", c.name)}
        <Field label={c.type}>
          <Select value={d.type} onChange={set("type")}>
            {Object.entries(c.types).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        {field("startDate", c.start, "date")}
        {field("endDate", c.end, "date")}
        {field("target", c.target)}
        {field("currency", c.currency)}
        {scope("collectorId", c.scopeCollector, "specialist")}
        {scope("partnerId", c.scopePartner, "partner")}
      </div>
      {tried && Object.keys(bad).length ? (
        <MessageBar intent="error">
          <MessageBarBody>{c.invalid}</MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? <ApiErrorBar error={error} /> : null}
      <Button appearance="primary" onClick={() => void submit()} style={{ marginTop: tokens.spacingVerticalM }}>
        {c.create}
      </Button>
    </div>
  );
}
