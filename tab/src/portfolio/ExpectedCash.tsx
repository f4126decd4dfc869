/** Expected cash in 7, 30 and 60 days, from the payment model; until the model is there, it says so. */
import type { Loadable } from "../../../web-shared/react/use-load";
import type { ExpectedCash as Cash } from "../api/types";
import { Tile, TileRow } from "../common/Tile";
import { Loaded } from "../common/Loaded";
import { formatMoney } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { Region } from "../common/Region";

export function ExpectedCash(props: { cash: Loadable<Cash> }) {
  const s = useStrings();
  const locale = useLocale();
  const p = s.portfolio;
  const missing = props.cash.state === "error" && props.cash.error.kind !== "network";
  const version = props.cash.state === "ok" ? props.cash.value.modelVersion : undefined;
  const aside = missing ? p.expectedCashMissing : version ? p.modelVersion(version) : undefined;
  return (
    <Region title={p.expectedCash} level={3} {...(aside ? { aside } : {})}>
      <Loaded value={props.cash}>
        {(c) => (
          <TileRow>
            <Tile label={p.in7} value={formatMoney(c.d7Minor, c.currency, locale)} />
            <Tile label={p.in30} value={formatMoney(c.d30Minor, c.currency, locale)} />
            <Tile label={p.in60} value={formatMoney(c.d60Minor, c.currency, locale)} />
          </TileRow>
        )}
      </Loaded>
    </Region>
  );
}
