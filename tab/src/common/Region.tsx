/**
 * A named region of a view: `<section>` labelled by its heading, so assistive technology lists it
 * as a landmark by name ("Aging", "Escalations") and keyboard users can jump between them.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  head: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  aside: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function Region(props: { title: string; aside?: ReactNode; children: ReactNode; level?: 2 | 3 }) {
  const styles = useStyles();
  const id = useId();
  const Heading = props.level === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby={id} className={styles.section}>
      <div className={styles.head}>
        <Heading id={id} className={styles.heading}>
          {props.title}
        </Heading>
        {props.aside ? <span className={styles.aside}>{props.aside}</span> : null}
      </div>
      {props.children}
    </section>
  );
}
