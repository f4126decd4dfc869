/**
 * Answers of the API for the component tests, built with the server's own core functions from a
 * small ledger, so the shapes are exactly what the routes send.
 */
import { agingReport, DEFAULT_BUCKETS } from "../../../core/aging/aging";
import { indexReductions } from "../../../core/aging/balance";
import type { Client, Invoice, User } from "../../../core/domain/types";
import { escalationRows, escalationsOverview } from "../../../core/reports/escalations-overview";
import { portfolioTrend, weeklyDates } from "../../../core/reports/portfolio-trend";
import { inventoryRows } from "../../../core/reports/inventory";
import {
  type InventoryViewRow,
  invoiceNumbersByAccount,
  parseInventoryQuery,
  queryInventory,
} from "../../../core/reports/inventory-query";
import { DEFAULT_WORKFLOW_CONFIG } from "../../../core/workflow/config/defaults";
import type { Escalation } from "../../../core/actions/documents";
import type { Query } from "../../../web-shared/api/http-client";

export const AS_OF = "2026-11-23";

export const USERS: User[] = [
  { tenantId: "t", id: "u-chen", email: "c@x", displayName: "Jamie Chen", roles: ["specialist"] },
  { tenantId: "t", id: "u-nair", email: "n@x", displayName: "Priya Nair", roles: ["specialist"] },
  { tenantId: "t", id: "u-hartwell", email: "h@x", displayName: "Eleanor Hartwell", roles: ["partner"] },
  { tenantId: "t", id: "u-pryce", email: "p@x", displayName: "Marcus Pryce", roles: ["partner"] },
];

const client = (id: string, name: string, collectorId: string, billingPartnerId: string): Client => ({
  tenantId: "t",
  id,
  name,
  contacts: [],
  emailDomains: [],
  collectorId,
  billingPartnerId,
  language: "en",
  preferredChannel: "email",
});

export const CLIENTS = [
  client("CL-1", "Northwind Traders", "u-chen", "u-hartwell"),
  client("CL-2", "Contoso Legal Ops", "u-nair", "u-pryce"),
  client("CL-3", "Fabrikam Holdings", "u-chen", "u-pryce"),
];

const inv = (
  id: string,
  clientId: string,
  invoiceDate: string,
  dueDate: string,
  amountMinor: number,
  extra: Partial<Invoice> = {},
): Invoice => ({
  tenantId: "t",
  id,
  clientId,
  matterId: `${clientId}|M1`,
  number: id,
  invoiceDate,
  dueDate,
  amountMinor,
  balanceMinor: amountMinor,
  currency: "USD",
  status: "open",
  disputed: false,
  ...extra,
});

export const INVOICES = [
  inv("I-1", "CL-1", "2026-07-01", "2026-07-31", 1_250_000),
  inv("I-2", "CL-1", "2026-10-20", "2026-11-19", 300_000),
  inv("I-3", "CL-2", "2026-11-01", "2026-12-01", 480_000),
  inv("I-4", "CL-3", "2026-08-15", "2026-09-14", 90_000, { disputed: true }),
];

export const agingByCollector = () =>
  agingReport(
    {
      invoices: INVOICES,
      clients: new Map(CLIENTS.map((c) => [c.id, c])),
      userNames: new Map(USERS.map((u) => [u.id, u.displayName])),
    },
    AS_OF,
    "collector",
  );

export const agingByClient = () =>
  agingReport({ invoices: INVOICES, clients: new Map(CLIENTS.map((c) => [c.id, c])) }, AS_OF, "client");

export const trend = () => ({
  asOf: AS_OF,
  weeks: 12,
  periodDays: 90,
  currency: "USD",
  buckets: DEFAULT_BUCKETS,
  points: portfolioTrend(INVOICES, indexReductions([], []), weeklyDates(AS_OF, 12)),
  excludedInvoices: 0,
  computedAt: "2026-11-23T09:14:00.000Z",
  cached: false,
  method: {},
});

const escalation = (
  id: string,
  clientId: string,
  routedTo: string,
  requestedAt: string,
  extra: Partial<Escalation> = {},
): Escalation => ({
  id,
  clientId,
  reason: "Three reminders unanswered",
  requestedOption: "partner-call",
  status: "pending",
  requestedBy: "u-chen",
  requestedAt,
  routedTo,
  source: "specialist",
  evidence: {
    totalOutstandingMinor: 1_550_000,
    currency: "USD",
    aging: {},
    openInvoiceCount: 2,
    oldestDaysPastDue: 115,
    openPromises: 0,
    brokenPromises: 1,
    openDisputes: 0,
    touches: 4,
    collectorNote: "Called AP twice; no answer.",
  },
  ...extra,
});

export const ESCALATIONS = [
  escalation("E-1", "CL-1", "u-hartwell", "2026-11-10T10:00:00.000Z"),
  escalation("E-2", "CL-3", "u-pryce", "2026-11-20T10:00:00.000Z"),
  escalation("E-3", "CL-2", "u-pryce", "2026-11-02T10:00:00.000Z", {
    status: "decided",
    decision: {
      option: "payment-plan",
      decidedBy: "u-pryce",
      decidedByName: "Marcus Pryce",
      decidedAt: "2026-11-23T08:00:00.000Z",
    },
  }),
];

export const escalationsOverviewAnswer = () => escalationsOverview(ESCALATIONS, [], USERS, AS_OF);
export const pendingEscalations = () => ({
  asOf: AS_OF,
  items: escalationRows(
    ESCALATIONS.filter((e) => e.status === "pending"),
    CLIENTS,
    USERS,
    AS_OF,
  ),
});

const INVENTORY_ROWS = () =>
  inventoryRows({
    asOf: AS_OF,
    clients: CLIENTS,
    users: USERS,
    matters: CLIENTS.map((c, k) => ({
      tenantId: "t",
      id: `${c.id}|M1`,
      clientId: c.id,
      name: "Matter",
      practiceGroup: ["Litigation", "Tax", "Corporate"][k]!,
    })),
    openInvoices: INVOICES,
    interactions: [],
    promises: [],
    disputes: [],
    holds: [],
    config: DEFAULT_WORKFLOW_CONFIG,
  });

export const INVENTORY_SNAPSHOT = "5d1c7b0e-8f7a-4c1e-9a53-2f1f0b6c1a11";

type Scores = Record<string, { p30: number; segment: string; nextAction: string }>;

/** `extra` more accounts ("Client 001"…, Priya Nair's, a little overdue each) to page through. */
function inventoryViewRows(options: { scores?: Scores; extra?: number }): InventoryViewRow[] {
  const rows = INVENTORY_ROWS();
  const template = rows.find((r) => r.clientId === "CL-2")!;
  for (let k = 1; k <= (options.extra ?? 0); k++) {
    const n = String(k).padStart(3, "0");
    rows.push({
      ...template,
      clientId: `CL-X${n}`,
      name: `Client ${n}`,
      overdueMinor: k * 100,
      balanceMinor: k * 1000,
    });
  }
  return rows.map((r) => {
    const m = options.scores?.[r.clientId];
    return { ...r, p30: m?.p30 ?? null, segment: m?.segment ?? null, modelAction: m?.nextAction ?? null };
  });
}

/** `GET /reports/inventory` for the given query, paged, sorted and filtered by the server's own functions. */
export function inventoryAnswer(query: Query | undefined, options: { scores?: Scores; extra?: number } = {}) {
  const parsed = parseInventoryQuery((name) => (query?.[name] === undefined ? null : String(query[name])));
  if (!parsed.ok) throw new Error(parsed.message);
  return {
    asOf: AS_OF,
    configVersion: 0,
    snapshot: INVENTORY_SNAPSHOT,
    computedAt: "2026-11-23T09:14:00.000Z",
    model: options.scores ? { versionId: "m-2026-11-22", provisional: false } : null,
    ...queryInventory(inventoryViewRows(options), parsed.value, invoiceNumbersByAccount(INVOICES)),
  };
}

/** The fake route: answers each query as the API would. */
export const inventory =
  (options: { scores?: Scores; extra?: number } = {}) =>
  (_body: unknown, query: Query | undefined) =>
    inventoryAnswer(query, options);

export const workflowConfig = () => ({ version: 3, config: structuredClone(DEFAULT_WORKFLOW_CONFIG) });
