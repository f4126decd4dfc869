import { parseArgs } from "node:util";
import type { AgingGroupBy, AgingReport } from "../../core/aging/aging";
import { csvCell } from "../../core/format/csv-cell";
import { toDecimalString } from "../../core/money/money";
import { getAgingReport } from "../../core/usecases/aging-report";
import { type Command, printJson, readAsOf, UsageError } from "../command";
import { cliPrincipal } from "../principal";

const GROUPS: AgingGroupBy[] = ["client", "matter", "partner", "collector"];

export function agingCsv(report: AgingReport): string {
  const header = [report.by, "currency", ...report.buckets.map((b) => b.label), "total", "invoices"];
  const line = (r: AgingReport["rows"][number]) =>
    [
      r.label,
      r.currency,
      ...report.buckets.map((b) => toDecimalString(r.buckets[b.id] ?? 0, r.currency)),
      r.total,
      String(r.invoiceCount),
    ]
      .map(csvCell)
      .join(",");
  return [header.join(","), ...report.rows.map(line), ...report.totals.map(line)].join("\n");
}

export function agingTable(report: AgingReport): string {
  const header = [report.by, ...report.buckets.map((b) => b.label), "Total"];
  const rows = [...report.rows, ...report.totals].map((r) => [
    r.label.slice(0, 32),
    ...report.buckets.map((b) => toDecimalString(r.buckets[b.id] ?? 0, r.currency)),
    `${r.total} ${r.currency}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    `Aging as of ${report.asOf} by ${report.by} (${report.openInvoiceCount} open invoices)`,
    fmt(header),
    ...rows.map(fmt),
  ].join("\n");
}

export const agingCommand: Command = {
  name: "aging",
  summary: "Print the aging report (buckets by days past due) for any day, grouped as asked.",
  usage: "aging [--as-of YYYY-MM-DD] [--by client|matter|partner|collector] [--format table|json|csv] [--json]",
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        "as-of": { type: "string" },
        by: { type: "string", default: "client" },
        format: { type: "string", default: "table" },
        json: { type: "boolean" },
      },
    });
    const asOf = readAsOf(values["as-of"], ctx.io);
    if (!GROUPS.includes(values.by as AgingGroupBy)) throw new UsageError(`--by must be one of ${GROUPS.join(", ")}`);
    const format = values.json ? "json" : values.format;
    if (!["table", "json", "csv"].includes(format)) throw new UsageError("--format must be table, json or csv");
    const store = (await ctx.store()).forTenant(ctx.config.tenantId);
    const report = await getAgingReport(store, cliPrincipal(ctx.config.tenantId), {
      asOf,
      today: ctx.io.today(),
      by: values.by as AgingGroupBy,
    });
    if (format === "json") printJson(ctx.io, report);
    else if (format === "csv") ctx.io.out(agingCsv(report));
    else ctx.io.out(agingTable(report));
    return 0;
  },
};
