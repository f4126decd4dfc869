/**
 * The specialist's actions on the client. Each form is loaded on first use (React.lazy): they are
 * used a few times a day, while the client view must appear in a blink for every email.
 */
import { Button, makeStyles } from "@fluentui/react-components";
import { type ComponentType, lazy, Suspense, useState } from "react";
import { Loading } from "../common/Loading";
import { Section } from "../common/Section";
import type { Strings } from "../i18n/en";
import { useStrings } from "../i18n/strings";
import type { FormProps } from "./form-props";

type ActionId = "note" | "promise" | "dispute" | "plan" | "escalation" | "hold";

const FORMS: Record<ActionId, ComponentType<FormProps>> = {
  note: lazy(() => import("./forms/NoteForm")),
  promise: lazy(() => import("./forms/PromiseForm")),
  dispute: lazy(() => import("./forms/DisputeForm")),
  plan: lazy(() => import("./forms/PlanForm")),
  escalation: lazy(() => import("./forms/EscalationForm")),
  hold: lazy(() => import("./forms/HoldForm")),
};

const ORDER: ActionId[] = ["note", "promise", "dispute", "plan", "escalation", "hold"];
const label = (s: Strings, id: ActionId) => s.actions[id];

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: "6px" },
});

export function ActionsPanel(props: Omit<FormProps, "onClose">) {
  const s = useStrings();
  const styles = useStyles();
  const [open, setOpen] = useState<ActionId | null>(null);
  const Form = open ? FORMS[open] : null;
  return (
    <Section title={s.actions.title}>
      <div className={styles.buttons}>
        {ORDER.map((id) => (
          <Button
            key={id}
            size="small"
            appearance={open === id ? "primary" : "secondary"}
            aria-expanded={open === id}
            onClick={() => setOpen(open === id ? null : id)}
          >
            {label(s, id)}
          </Button>
        ))}
      </div>
      {Form ? (
        <Suspense fallback={<Loading label={s.common.loading} size="tiny" />}>
          <Form key={`${open}-${props.clientId}`} {...props} onClose={() => setOpen(null)} />
        </Suspense>
      ) : null}
    </Section>
  );
}
