/**
 * The delegated-authority matrix: per action and role, "may not approve", "up to an amount" or "no
 * limit"; and who sits on the billing & collections committee.
 */
import {
  Checkbox,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { parseAmountToMinor } from "../../../web-shared/format/display-format";
import { toDecimalString } from "../../../core/money/money";
import { APPROVAL_ACTIONS, type ApprovalAction } from "../../../core/workflow/config/types";
import type { Person, Role, WorkflowConfig } from "../api/types";
import { useStrings } from "../i18n/strings";

const ROLES: Role[] = ["specialist", "partner", "manager", "admin"];
type Limit = number | null | undefined;

export function AuthorityEditor(props: {
  config: WorkflowConfig;
  people: Person[];
  onChange: (c: WorkflowConfig) => void;
}) {
  const s = useStrings();
  const a = s.authorityEditor;
  const authority = props.config.authority;
  const setLimit = (action: ApprovalAction, role: Role, value: Limit) => {
    const row = { ...authority.limits[action] };
    if (value === undefined) delete row[role];
    else row[role] = value;
    props.onChange({ ...props.config, authority: { ...authority, limits: { ...authority.limits, [action]: row } } });
  };
  const cell = (action: ApprovalAction, role: Role) => {
    const value: Limit = authority.limits[action][role];
    const mode = value === undefined ? "none" : value === null ? "unlimited" : "amount";
    const name = a.actions[action] ?? action;
    return (
      <TableCell key={role}>
        <Field label={a.mode(name, a.roles[role] ?? role)} size="small">
          <Select
            value={mode}
            onChange={(_, d) =>
              setLimit(
                action,
                role,
                d.value === "none" ? undefined : d.value === "unlimited" ? null : (value ?? 0) || 100_000,
              )
            }
          >
            <option value="none">{a.mayNot}</option>
            <option value="amount">{a.upTo}</option>
            <option value="unlimited">{a.noLimit}</option>
          </Select>
        </Field>
        {typeof value === "number" ? (
          <Field label={a.amount(name, a.roles[role] ?? role)} size="small">
            <Input
              defaultValue={toDecimalString(value)}
              onBlur={(e) => {
                const minor = parseAmountToMinor(e.currentTarget.value);
                if (minor !== undefined) setLimit(action, role, minor);
              }}
            />
          </Field>
        ) : null}
      </TableCell>
    );
  };
  const committee = new Set(authority.committeeIds);
  return (
    <div>
      <p>{a.intro}</p>
      <Table size="small" aria-label={s.config.authority}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{a.action}</TableHeaderCell>
            {ROLES.map((r) => (
              <TableHeaderCell key={r}>{a.roles[r]}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {APPROVAL_ACTIONS.map((action) => (
            <TableRow key={action}>
              <TableCell>{a.actions[action]}</TableCell>
              {ROLES.map((r) => cell(action, r))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <fieldset style={{ border: "none", padding: 0 }}>
        <legend>{a.committee}</legend>
        <p style={{ margin: 0 }}>{a.committeeHint}</p>
        {props.people.map((p) => (
          <Checkbox
            key={p.id}
            label={p.displayName}
            checked={committee.has(p.id)}
            onChange={(_, d) =>
              props.onChange({
                ...props.config,
                authority: {
                  ...authority,
                  committeeIds: d.checked
                    ? [...authority.committeeIds, p.id]
                    : authority.committeeIds.filter((x) => x !== p.id),
                },
              })
            }
          />
        ))}
      </fieldset>
    </div>
  );
}
