import { createDraftSink } from "../../adapters/graph/draft-sink-factory";
import { modelEscalationDates } from "../../core/usecases/model-escalations";
import { draftingRenderer } from "../../core/workflow/drafts/drafting-renderer";
import { runInstantFor } from "../../core/workflow/engine/run-instant";
import { runSequences } from "../../core/workflow/engine/run-sequences";
import { type Command, openFirmWithData, parseDayOptions, printJson } from "../command";

/**
 * The daily follow-up run from the command line (the timer's twin). Drafts go to Nudge's queue:
 * the CLI has no Graph credentials, so nothing lands in Outlook and nothing is ever sent.
 */
export const sequencesRunCommand: Command = {
  name: "sequences run",
  summary: "Run the follow-up sequences for a day: draft the due reminders once (safe to repeat).",
  usage: "sequences run [--as-of YYYY-MM-DD] [--json]",
  async run(args, ctx) {
    const { asOf, json } = parseDayOptions(args, ctx.io);
    const store = await openFirmWithData(ctx, "`nudge seed --demo`");
    const started = Date.now();
    const { escalationsCreated: _e, ...summary } = await runSequences(
      store,
      {
        asOf,
        runAt: runInstantFor(asOf, new Date().toISOString()),
        // The payment model's recommended escalation days (none before `nudge model train`).
        escalationDates: await modelEscalationDates(store, asOf),
      },
      {
        sink: createDraftSink(store.documents),
        render: draftingRenderer(store),
        newId: () => globalThis.crypto.randomUUID(),
      },
    );
    const seconds = (Date.now() - started) / 1000;
    if (json) printJson(ctx.io, { ...summary, seconds });
    else
      ctx.io.out(
        `Sequences for ${asOf}: ${summary.created} drafts/tasks created, ${summary.skipped} skipped, ` +
          `${summary.paused} paused, ${summary.notDue} not due yet, ${summary.escalations.created} escalations ` +
          `(${summary.openInvoices} open invoices, ${seconds.toFixed(1)} s).`,
      );
    return summary.failures ? 1 : 0;
  },
};
