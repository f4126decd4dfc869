/** A headline figure: label above, value large, an optional note below (method, trend, date). */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  tile: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: "150px",
    maxWidth: "280px",
    flex: "1 1 150px",
  },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

export function Tile(props: { label: string; value: ReactNode; note?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.tile}>
      <span className={styles.label}>{props.label}</span>
      <span className={styles.value}>{props.value}</span>
      {props.note ? <span className={styles.note}>{props.note}</span> : null}
    </div>
  );
}

export function TileRow(props: { children: ReactNode }) {
  return <div style={{ display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM }}>{props.children}</div>;
}
