/** Campaigns: quarter-end and year-end pushes with a target, a calendar, and progress against the target. */
import { useState } from "react";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import type { ApiError } from "../../../web-shared/api/http-client";
import { Loaded } from "../common/Loaded";
import { Region } from "../common/Region";
import { useStrings } from "../i18n/strings";
import { CampaignCard } from "./CampaignCard";
import { CampaignForm } from "./CampaignForm";

export function CampaignsView() {
  const c = useStrings().campaigns;
  const { api } = useServices();
  const [list, reload] = useLoad(() => api.campaigns(), []);
  const [people] = useLoad(() => api.users(), []);
  const [error, setError] = useState<ApiError | null>(null);
  const create = async (input: Record<string, unknown>) => {
    const r = await api.createCampaign(input);
    if (r.ok) reload();
    return r.ok ? null : r.error;
  };
  const cancel = async (id: string, etag: string) => {
    const r = await api.updateCampaign(id, { status: "cancelled", ifMatch: etag });
    setError(r.ok ? null : r.error);
    reload();
  };
  return (
    <>
      <Region title={c.title}>
        {error ? <ApiErrorBar error={error} /> : null}
        <Loaded value={list} onRetry={reload}>
          {(rows) =>
            rows.length === 0 ? (
              <p>{c.none}</p>
            ) : (
              rows.map((x) => <CampaignCard key={x.id} campaign={x} onCancel={() => void cancel(x.id, x.etag)} />)
            )
          }
        </Loaded>
      </Region>
      <Region title={c.newCampaign}>
        <CampaignForm people={people.state === "ok" ? people.value : []} onCreate={create} />
      </Region>
    </>
  );
}
