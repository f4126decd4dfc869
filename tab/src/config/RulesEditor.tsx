/** Which clients get which sequence: the rules in order (first match wins), each naming its condition. */
import {
  Button,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { WorkflowConfig } from "../api/types";
import { useStrings } from "../i18n/strings";

type Rule = WorkflowConfig["rules"][number];

export function RulesEditor(props: {
  config: WorkflowConfig;
  readOnly: boolean;
  onChange: (c: WorkflowConfig) => void;
}) {
  const s = useStrings();
  const q = s.sequence;
  const { config } = props;
  const describe = (r: Rule) =>
    [
      r.when.segment ? q.segments[r.when.segment] : null,
      r.when.sensitive !== undefined ? q.sensitive : null,
      r.when.practiceGroup ?? null,
      r.when.billingPartnerId ?? null,
      r.when.clientIds?.length ? r.when.clientIds.join(", ") : null,
    ]
      .filter(Boolean)
      .join(" · ") || q.anyClient;
  const setRule = (k: number, sequenceId: string) =>
    props.onChange({ ...config, rules: config.rules.map((r, j) => (j === k ? { ...r, sequenceId } : r)) });
  return (
    <>
      <h3 style={{ margin: 0 }}>{q.rules}</h3>
      <Table size="small" aria-label={q.rules}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{q.ruleWhen}</TableHeaderCell>
            <TableHeaderCell>{q.pick}</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {config.rules.map((r, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id; their position is their identity (first match wins)
            <TableRow key={`${k}|${describe(r)}`}>
              <TableCell>{describe(r)}</TableCell>
              <TableCell>
                <Field label={`${q.pick}: ${describe(r)}`} style={{ position: "relative" }}>
                  <Select value={r.sequenceId} disabled={props.readOnly} onChange={(_, d) => setRule(k, d.value)}>
                    {config.sequences.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.name}
                      </option>
                    ))}
                  </Select>
                </Field>
              </TableCell>
              <TableCell>
                <Button
                  size="small"
                  disabled={props.readOnly}
                  onClick={() => props.onChange({ ...config, rules: config.rules.filter((_, j) => j !== k) })}
                >
                  {s.common.remove}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
