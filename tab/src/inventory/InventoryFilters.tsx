/** The inventory's filters: client name, owners, practice group, segment, oldest bucket, and three flags. */
import { Checkbox, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/strings";
import { type Facets, type Filters, UNASSIGNED } from "./inventory-model";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  field: { minWidth: "160px" },
});

const BUCKETS = ["current", "d1_30", "d31_60", "d61_90", "d91_120", "d120_plus"];

export function InventoryFilters(props: { filters: Filters; facets: Facets; onChange: (f: Filters) => void }) {
  const s = useStrings();
  const i = s.inventory;
  const styles = useStyles();
  const f = props.filters;
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => props.onChange({ ...f, [k]: v });
  const pick = (label: string, key: "collectorId" | "partnerId", people: { id: string; name: string }[]) => (
    <Field label={label} className={styles.field}>
      <Select value={f[key]} onChange={(_, d) => set(key, d.value)}>
        <option value="">{i.all}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
        <option value={UNASSIGNED}>{i.unassigned}</option>
      </Select>
    </Field>
  );
  return (
    <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
      <legend className="visually-hidden" style={{ position: "absolute", left: "-10000px" }}>
        {i.filters}
      </legend>
      <div className={styles.row}>
        <Field label={i.search} className={styles.field}>
          <Input value={f.search} onChange={(_, d) => set("search", d.value)} type="search" />
        </Field>
        {pick(i.collector, "collectorId", props.facets.collectors)}
        {pick(i.partner, "partnerId", props.facets.partners)}
        <Field label={i.practiceGroup} className={styles.field}>
          <Select value={f.practiceGroup} onChange={(_, d) => set("practiceGroup", d.value)}>
            <option value="">{i.all}</option>
            {props.facets.practiceGroups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </Select>
        </Field>
        {props.facets.segments.length > 0 ? (
          <Field label={i.segment} className={styles.field}>
            <Select value={f.segment} onChange={(_, d) => set("segment", d.value)}>
              <option value="">{i.all}</option>
              {props.facets.segments.map((g) => (
                <option key={g} value={g}>
                  {s.segments[g] ?? g}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label={i.bucket} className={styles.field}>
          <Select value={f.bucket} onChange={(_, d) => set("bucket", d.value)}>
            <option value="">{i.all}</option>
            {BUCKETS.map((b) => (
              <option key={b} value={b}>
                {s.buckets[b]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Checkbox
          label={i.onlyOverdue}
          checked={f.onlyOverdue}
          onChange={(_, d) => set("onlyOverdue", Boolean(d.checked))}
        />
        <Checkbox
          label={i.withPromises}
          checked={f.withPromises}
          onChange={(_, d) => set("withPromises", Boolean(d.checked))}
        />
        <Checkbox
          label={i.withDisputes}
          checked={f.withDisputes}
          onChange={(_, d) => set("withDisputes", Boolean(d.checked))}
        />
      </div>
    </fieldset>
  );
}
