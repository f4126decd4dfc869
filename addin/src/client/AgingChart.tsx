/**
 * Outstanding balance by days past due, as a table whose rows carry a proportional bar: the
 * figures are text (read by screen readers and copyable), the bars are decoration (aria-hidden).
 * Pure CSS, no chart library, so it costs nothing in the bundle and prints anywhere.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { AgingRow } from "../api/types";
import { Section } from "../common/Section";
import { formatMoney } from "../../../web-shared/format/display-format";
import { useLocale, useStrings } from "../i18n/strings";

export const BUCKET_IDS = ["current", "d1_30", "d31_60", "d61_90", "d91_120", "d120_plus"];

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  label: { textAlign: "start", fontWeight: tokens.fontWeightRegular, whiteSpace: "nowrap", paddingInlineEnd: "8px" },
  barCell: { width: "100%", paddingBlock: "3px" },
  track: { height: "10px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { height: "100%", borderRadius: tokens.borderRadiusSmall },
  amount: { textAlign: "end", whiteSpace: "nowrap", paddingInlineStart: "8px", fontVariantNumeric: "tabular-nums" },
  srOnly: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
});

/** Older buckets are warmer: the eye goes to what is most overdue. */
const BAR_COLORS = [
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteYellowBackground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteDarkRedBackground2,
];

export function AgingChart(props: { row: AgingRow | null; currency: string; bucketIds?: string[] }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const ids = props.bucketIds ?? BUCKET_IDS;
  const values = ids.map((id) => props.row?.buckets[id] ?? 0);
  const max = Math.max(...values, 1);
  return (
    <Section title={s.aging.title}>
      {props.row && props.row.totalMinor !== 0 ? (
        <table className={styles.table}>
          <thead className={styles.srOnly}>
            <tr>
              <th scope="col">{s.aging.bucket}</th>
              <td />
              <th scope="col">{s.aging.amount}</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id, i) => (
              <tr key={id}>
                <th scope="row" className={styles.label}>
                  {s.aging.buckets[id] ?? id}
                </th>
                <td className={styles.barCell} aria-hidden="true">
                  <div className={styles.track}>
                    <div
                      className={styles.bar}
                      style={{
                        // A non-zero bucket always shows a sliver, however small next to the largest.
                        width: values[i]! > 0 ? `max(2px, ${(values[i]! / max) * 100}%)` : "0",
                        backgroundColor: BAR_COLORS[i] ?? BAR_COLORS[BAR_COLORS.length - 1],
                      }}
                    />
                  </div>
                </td>
                <td className={styles.amount}>{formatMoney(values[i]!, props.currency, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{s.aging.empty}</p>
      )}
    </Section>
  );
}
