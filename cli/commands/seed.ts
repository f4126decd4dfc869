import { parseArgs } from "node:util";
import { seedDemoFirm } from "../../core/demo/seed-demo";
import { type Command, printJson, readAsOf, UsageError } from "../command";

export const seedCommand: Command = {
  name: "seed",
  summary: "Write the deterministic demo firm (partners, collectors, clients, history) into the store.",
  usage: "seed --demo [--size small|bench] [--as-of YYYY-MM-DD] [--json]",
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        demo: { type: "boolean" },
        size: { type: "string", default: "small" },
        "as-of": { type: "string" },
        json: { type: "boolean" },
      },
    });
    if (!values.demo) throw new UsageError("only --demo seeding exists; import real history with `nudge import`");
    if (values.size !== "small" && values.size !== "bench") throw new UsageError("--size must be small or bench");
    const asOf = readAsOf(values["as-of"], ctx.io);
    const started = Date.now();
    const result = await seedDemoFirm(await ctx.store(), { asOf, size: values.size });
    const seconds = (Date.now() - started) / 1000;
    if (values.json) printJson(ctx.io, { ...result, asOf, seconds });
    else {
      const c = result.counts;
      ctx.io.out(
        `Seeded ${result.tenantId} as of ${asOf} in ${seconds.toFixed(1)} s: ${c.clients.created + c.clients.updated + c.clients.unchanged} clients, ` +
          `${c.invoices.created + c.invoices.updated + c.invoices.unchanged} invoices (${c.invoices.created} new), ${result.interactionsAppended} interactions appended.`,
      );
    }
    return 0;
  },
};
