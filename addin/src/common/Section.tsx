/**
 * A titled region of the pane: `<section>` labelled by its heading, so screen readers list it as a
 * landmark by name ("Aging", "Payment likelihood") and keyboard users can jump between them.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function Section(props: { title: string; children: ReactNode; level?: 3 | 4 }) {
  const styles = useStyles();
  const id = useId();
  const Heading = props.level === 4 ? "h4" : "h3";
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Heading id={id} className={styles.heading}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}
