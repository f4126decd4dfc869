/**
 * The model card: the version in service, its data window, its quality on the time-split holdout
 * against the naive baseline, and the leading indicators with their weights. The card is read
 * defensively: every field may be missing until the model's route is complete.
 */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { ModelCard, ModelMetrics } from "../api/types";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { Loaded } from "../common/Loaded";
import { Region } from "../common/Region";
import { Tile, TileRow } from "../common/Tile";
import { formatDate, formatNumber } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

const METRICS: [keyof ModelMetrics, "auc" | "brier" | "logLoss" | "precision"][] = [
  ["rocAuc", "auc"],
  ["brier", "brier"],
  ["logLoss", "logLoss"],
  ["precisionAtTop20", "precision"],
];

function Card(props: { card: ModelCard }) {
  const s = useStrings();
  const m = s.model;
  const locale = useLocale();
  const { card } = props;
  const w = card.trainingWindow;
  const num = (v: number | undefined) => (typeof v === "number" ? formatNumber(v, locale, 3) : s.common.dash);
  const day = (v: string | undefined) => (v ? formatDate(v, locale) : s.common.dash);
  return (
    <>
      <TileRow>
        <Tile label={m.version} value={card.versionId ?? s.common.dash} />
        <Tile
          label={m.window}
          value={m.windowValue(day(w?.from), day(w?.cutoff), formatNumber(w?.invoices, locale, 0))}
        />
        <Tile
          label={m.promotion}
          value={card.provisional ? m.provisional : card.promotion?.promoted ? m.promoted : m.notPromoted}
          {...((card.servingReason ?? card.promotion?.reason)
            ? { note: card.servingReason ?? card.promotion?.reason }
            : {})}
        />
        {card.calibration ? <Tile label={m.calibration} value={card.calibration} /> : null}
      </TileRow>
      <Region title={m.metrics} level={3}>
        <Table size="small" aria-label={m.metrics}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.metric}</TableHeaderCell>
              <TableHeaderCell>{m.model}</TableHeaderCell>
              <TableHeaderCell>{m.naive}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {METRICS.map(([key, label]) => (
              <TableRow key={key}>
                <TableCell>{m[label]}</TableCell>
                <TableCell>{num(card.holdout?.model?.[key])}</TableCell>
                <TableCell>{num(card.holdout?.naive?.[key])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Region>
      <Region title={m.indicators} level={3}>
        <Table size="small" aria-label={m.indicators}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.indicator}</TableHeaderCell>
              <TableHeaderCell>{m.weight}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(card.leadingIndicators ?? []).map((x, k) => (
              <TableRow key={x.feature ?? k}>
                <TableCell>{x.label ?? x.feature ?? s.common.dash}</TableCell>
                <TableCell>
                  {num(x.weight)} {typeof x.weight === "number" ? (x.weight > 0 ? m.raises : m.lowers) : ""}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Region>
      {card.paceEffects?.length ? (
        <Region title={m.pace} level={3}>
          <ul>
            {card.paceEffects.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Region>
      ) : null}
    </>
  );
}

export function ModelView() {
  const m = useStrings().model;
  const { api } = useServices();
  const [card, retry] = useLoad(() => api.model(), []);
  return (
    <Region title={m.title}>
      <Loaded value={card} onRetry={retry}>
        {(c) => <Card card={c ?? {}} />}
      </Loaded>
    </Region>
  );
}
