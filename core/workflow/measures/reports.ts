/**
 * The managers' workflow reports (`GET /api/reports/...`): each loads what its measure needs and
 * returns the measure with its period. Managers and administrators only: these cover every client.
 */
import { DOC, type Dispute, type PromiseToPay } from "../../actions/documents";
import type { IsoDate } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import { hasRole, type Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { loadWorkflowConfig } from "../config/config-store";
import { type SequenceTouch, WF_DOC } from "../documents";
import type { WriteOffRequest } from "../writeoffs/write-off-types";
import { baselineReport } from "./baseline";
import { collectorActivity } from "./collector-activity";
import { disputeRate } from "./dispute-rate";
import { defaultPeriod, type Period } from "./period";
import { promiseRate } from "./promise-rate";
import { sequenceConversion } from "./sequence-conversion";
import { writeOffReport } from "./write-offs";

export const REPORTS = [
  "collector-activity",
  "sequence-conversion",
  "promises",
  "disputes",
  "write-offs",
  "baseline",
] as const;
export type ReportName = (typeof REPORTS)[number];

const bodies = <T>(docs: { body: T }[]) => docs.map((d) => d.body);

export async function workflowReport(
  store: TenantStore,
  principal: Principal,
  name: ReportName,
  options: { asOf: IsoDate; from?: IsoDate; to?: IsoDate; windowDays?: number },
): Promise<Result<Record<string, unknown>>> {
  if (!hasRole(principal, "manager", "admin"))
    return fail("FORBIDDEN", "workflow reports are for managers and administrators");
  const fallback = defaultPeriod(options.to ?? options.asOf);
  const period: Period = { from: options.from ?? fallback.from, to: options.to ?? fallback.to };
  if (period.from > period.to) return fail("VALIDATION", "from must not be after to");
  const head = { report: name, asOf: options.asOf, period };
  switch (name) {
    case "collector-activity": {
      const [clients, users, invoices, interactions] = await Promise.all([
        store.listClients(),
        store.listUsers(),
        store.listInvoices(),
        store.listInteractions({ since: `${period.from}T00:00:00.000Z` }),
      ]);
      return ok({ ...head, rows: collectorActivity({ clients, users, invoices, interactions }, period) });
    }
    case "sequence-conversion": {
      const [touches, invoices, { config }] = await Promise.all([
        store.documents.list<SequenceTouch>(WF_DOC.touch),
        store.listInvoices(),
        loadWorkflowConfig(store),
      ]);
      return ok({
        ...head,
        windowDays: 7,
        rows: sequenceConversion(bodies(touches), new Map(invoices.map((i) => [i.id, i])), period, config),
      });
    }
    case "promises": {
      const [docs, history] = await Promise.all([
        store.documents.list<PromiseToPay>(DOC.promise),
        store.listInteractions({ kinds: ["promise"] }),
      ]);
      return ok({ ...head, ...promiseRate(bodies(docs), history, period) });
    }
    case "disputes": {
      const [invoices, disputes] = await Promise.all([
        store.listInvoices(),
        store.documents.list<Dispute>(DOC.dispute),
      ]);
      return ok({ ...head, ...disputeRate(invoices, bodies(disputes), period) });
    }
    case "write-offs": {
      const [credits, requests] = await Promise.all([
        store.listCredits(),
        store.documents.list<WriteOffRequest>(WF_DOC.writeOff),
      ]);
      return ok({ ...head, ...writeOffReport(credits, bodies(requests), period) });
    }
    case "baseline": {
      const tenant = await store.getTenant();
      if (!tenant?.nudgeStartDate)
        return fail("VALIDATION", "the firm has no nudgeStartDate: the baseline needs the day Nudge started acting");
      const [invoices, interactions] = await Promise.all([store.listInvoices(), store.listInteractions()]);
      const report = baselineReport(
        invoices,
        interactions,
        tenant.nudgeStartDate,
        options.asOf,
        options.windowDays ?? 180,
      );
      return ok({ report: name, asOf: options.asOf, ...report });
    }
  }
}
