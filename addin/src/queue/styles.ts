/** Styles the queue's drafts and tasks share, from Fluent tokens (so dark and high contrast follow). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useItemStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "10px" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    paddingBottom: "10px",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "8px", rowGap: "2px" },
  name: { fontWeight: tokens.fontWeightSemibold, textAlign: "start" },
  meta: { color: tokens.colorNeutralForeground3 },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "8px", rowGap: "2px", margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "6px", paddingTop: "2px" },
  text: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: "8px",
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "20em",
    overflowY: "auto",
  },
  warnings: { margin: 0, paddingInlineStart: "18px" },
});
