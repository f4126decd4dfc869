/**
 * On this machine only: sign in as the demo manager or administrator (tokens from the development
 * issuer). A plain labelled `<select>`: Fluent's Field would add its code to the page's first bundle.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { DevRole } from "../../../web-shared/auth/dev-token-provider";
import { useStrings } from "../i18n/strings";

const ROLES: DevRole[] = ["manager", "admin", "partner", "specialist"];

const useStyles = makeStyles({
  box: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", fontSize: tokens.fontSizeBase200 },
  select: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export function DevRoleSwitch(props: { role: DevRole; onRole: (role: DevRole) => void }) {
  const s = useStrings();
  const styles = useStyles();
  const id = useId();
  const labels = s.authorityEditor.roles;
  return (
    <span className={styles.box} title={s.app.devRoleHint}>
      <label htmlFor={id}>{s.app.devRole}</label>
      <select
        id={id}
        className={styles.select}
        value={props.role}
        onChange={(e) => props.onRole(e.target.value as DevRole)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {labels[r] ?? r}
          </option>
        ))}
      </select>
    </span>
  );
}
