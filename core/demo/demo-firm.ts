/**
 * A deterministic demo firm: same seed and `asOf`, same data. Clients differ in how they pay
 * (prompt, slow-but-sure, seasonal, deteriorating, disputing, e-billing rejections), with a long
 * enough history to train the payment model, a spread of aging today, partial payments, and contact
 * addresses the task pane can match.
 */
import { addDays, daysBetween, minDate } from "../domain/dates";
import { invoiceKey, matterKey } from "../domain/keys";
import type { Client, Invoice, IsoDate, Matter, Payment, Tenant } from "../domain/types";
import type { LedgerBatch, NewInteraction } from "../ports/store.port";
import {
  BEHAVIOURS,
  type Behaviour,
  COLLECTOR_IDS,
  COMPANY_WORDS,
  DEMO_TENANT_ID,
  DEMO_USERS,
  LANGUAGES,
  MATTER_TOPICS,
  PARTNER_IDS,
  PRACTICE_GROUPS,
} from "./demo-people";
import { Random } from "./random";
import { lateDays } from "./payment-behaviour";

export type DemoSize = "small" | "bench";

export interface DemoFirm {
  tenant: Tenant;
  batch: LedgerBatch;
  interactions: NewInteraction[];
  behaviours: Map<string, Behaviour>;
}

const SIZES: Record<DemoSize, { clients: number; invoicesPerClient: number; months: number }> = {
  small: { clients: 48, invoicesPerClient: 36, months: 30 },
  bench: { clients: 10_000, invoicesPerClient: 20, months: 24 },
};

function clientName(rnd: Random, i: number): string {
  const a = COMPANY_WORDS[0][i % COMPANY_WORDS[0].length]!;
  const b = COMPANY_WORDS[1][Math.floor(i / COMPANY_WORDS[0].length) % COMPANY_WORDS[1].length]!;
  const suffix = i >= 400 ? ` ${Math.floor(i / 400) + 1}` : "";
  return `${a} ${b}${suffix}${rnd.chance(0.5) ? " Inc." : " LLC"}`;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ (inc\.|llc)$/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function generateDemoFirm(options: { asOf: IsoDate; size?: DemoSize; seed?: number }): DemoFirm {
  const size = SIZES[options.size ?? "small"];
  const rnd = new Random(options.seed ?? 20261123);
  const start = addDays(options.asOf, -size.months * 30);
  const tenant: Tenant = {
    id: DEMO_TENANT_ID,
    name: "Hartwell & Pryce LLP",
    timeZone: "America/New_York",
    defaultCurrency: "USD",
    nudgeStartDate: addDays(options.asOf, -120),
  };
  const clients: Client[] = [];
  const matters: Matter[] = [];
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const interactions: NewInteraction[] = [];
  const behaviours = new Map<string, Behaviour>();

  for (let i = 0; i < size.clients; i++) {
    const id = `CL-${String(1001 + i)}`;
    const name = clientName(rnd, i);
    const domain = `${slug(name)}.example`;
    const behaviour = BEHAVIOURS[i % BEHAVIOURS.length]!;
    behaviours.set(id, behaviour);
    const consumer = i % 23 === 11;
    clients.push({
      tenantId: DEMO_TENANT_ID,
      id,
      name: consumer
        ? `${rnd.pick(["Morgan", "Riley", "Casey", "Jordan"])} ${rnd.pick(["Ellis", "Brooks", "Hayes"])}`
        : name,
      contacts: [
        { name: "Accounts Payable", email: `ap@${domain}`, title: "Accounts payable" },
        {
          name: `${rnd.pick(["Sam", "Lee", "Kim", "Pat", "Robin"])} ${rnd.pick(["Ortiz", "Novak", "Fischer", "Moreau", "Kowalski"])}`,
          email: `gc@${domain}`,
          title: "General counsel",
        },
      ],
      emailDomains: [domain],
      billingPartnerId: PARTNER_IDS[i % PARTNER_IDS.length]!,
      collectorId: COLLECTOR_IDS[i % COLLECTOR_IDS.length]!,
      language: LANGUAGES[i % LANGUAGES.length]!,
      preferredChannel: "email",
      country: "US",
      consumer,
      address: [name, `${100 + i} Market Street`, "New York, NY 10001"],
    });
    const matterCount = 1 + (i % 3);
    const clientMatters: Matter[] = [];
    for (let m = 0; m < matterCount; m++) {
      const matter: Matter = {
        tenantId: DEMO_TENANT_ID,
        id: matterKey(id, `M-${String(i * 3 + m + 1).padStart(5, "0")}`),
        clientId: id,
        name: `${MATTER_TOPICS[(i + m) % MATTER_TOPICS.length]}`,
        responsiblePartnerId: PARTNER_IDS[(i + m) % PARTNER_IDS.length]!,
        practiceGroup: PRACTICE_GROUPS[(i + m) % PRACTICE_GROUPS.length]!,
        feeArrangement: m === 2 ? "fixed" : "hourly",
      };
      clientMatters.push(matter);
      matters.push(matter);
    }
    const span = daysBetween(start, options.asOf);
    const usual = Math.round(Math.exp(8 + rnd.normal() * 0.8)) * 100;
    for (let k = 0; k < size.invoicesPerClient; k++) {
      const offset = Math.floor(((k + rnd.next() * 0.8) / size.invoicesPerClient) * span);
      const invoiceDate = addDays(start, offset);
      const dueDate = addDays(invoiceDate, 30);
      const matter = clientMatters[k % clientMatters.length]!;
      const amountMinor = Math.max(
        25_000,
        Math.round((usual * Math.exp(rnd.normal() * 0.5)) / 100) * 100 + rnd.int(0, 99),
      );
      const number = `${20000 + i * size.invoicesPerClient + k}`;
      const ebillingRejected = behaviour === "ebilling-rejections" && rnd.chance(0.35);
      const progress = offset / span;
      const late = lateDays(behaviour, rnd, invoiceDate, progress, ebillingRejected);
      const disputed = behaviour === "disputing" ? rnd.chance(0.3) : rnd.chance(0.02);
      // Recent disputed invoices stay unpaid until the dispute is resolved: the long tail of aging.
      const stalled = disputed && daysBetween(invoiceDate, options.asOf) < 240;
      const settle = stalled ? "9999-12-31" : addDays(dueDate, late + (disputed ? rnd.int(15, 45) : 0));
      const invoice: Invoice = {
        tenantId: DEMO_TENANT_ID,
        id: invoiceKey(id, number),
        clientId: id,
        matterId: matter.id,
        number,
        invoiceDate,
        dueDate,
        amountMinor,
        balanceMinor: amountMinor,
        currency: "USD",
        status: "open",
        disputed,
        delivery: behaviour === "ebilling-rejections" ? "portal" : rnd.chance(0.7) ? "electronic" : "paper",
      };
      if (disputed) invoice.disputeReason = rnd.pick(["fee dispute", "work quality", "not received"]);
      if (invoice.delivery === "portal") invoice.ebillingStatus = ebillingRejected ? "rejected" : "accepted";
      if (settle <= options.asOf) {
        invoice.status = "paid";
        invoice.balanceMinor = 0;
        invoice.paidDate = settle;
        payments.push(payment(invoice, settle, amountMinor));
      } else if (dueDate < options.asOf && rnd.chance(0.15)) {
        const paid = Math.round(amountMinor * 0.4);
        const when = addDays(dueDate, rnd.int(1, Math.max(1, daysBetween(dueDate, options.asOf))));
        invoice.balanceMinor = amountMinor - paid;
        payments.push(payment(invoice, minDate(when, options.asOf), paid));
      }
      invoices.push(invoice);
      if (dueDate < options.asOf && late > 7 && rnd.chance(0.5)) {
        interactions.push(...touches(invoice, late, options.asOf, rnd, clients[clients.length - 1]!));
      }
    }
  }
  interactions.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { tenant, batch: { users: DEMO_USERS, clients, matters, invoices, payments }, interactions, behaviours };
}

function payment(invoice: Invoice, date: IsoDate, amountMinor: number): Payment {
  return {
    tenantId: DEMO_TENANT_ID,
    id: `${invoice.id}|pay|${date}`,
    clientId: invoice.clientId,
    receivedDate: date,
    amountMinor,
    currency: invoice.currency,
    reference: `Remittance ${invoice.number}`,
    applications: [{ invoiceId: invoice.id, amountMinor }],
    unappliedMinor: 0,
  };
}

/** A reminder a week after due, and sometimes a promise to pay that was kept or broken. */
function touches(invoice: Invoice, late: number, asOf: IsoDate, rnd: Random, client: Client): NewInteraction[] {
  const out: NewInteraction[] = [];
  const reminderDay = addDays(invoice.dueDate, 7);
  if (reminderDay > asOf) return out;
  const actorId = client.collectorId ?? "system";
  out.push({
    id: `demo|${invoice.id}|reminder`,
    clientId: invoice.clientId,
    invoiceIds: [invoice.id],
    kind: "email-sent",
    at: `${reminderDay}T14:00:00.000Z`,
    actorId,
    summary: `Reminder sent for invoice ${invoice.number}`,
    data: { step: "+7" },
  });
  const promiseDay = addDays(reminderDay, 3);
  if (promiseDay <= asOf && rnd.chance(0.5)) {
    const promisedFor = addDays(promiseDay, 10);
    const kept = invoice.paidDate !== undefined && invoice.paidDate <= addDays(promisedFor, 3);
    out.push({
      id: `demo|${invoice.id}|promise`,
      clientId: invoice.clientId,
      invoiceIds: [invoice.id],
      kind: "promise",
      at: `${promiseDay}T16:30:00.000Z`,
      actorId,
      summary: `Client promised to pay invoice ${invoice.number} by ${promisedFor}`,
      data: {
        amountMinor: invoice.amountMinor,
        date: promisedFor,
        outcome: promisedFor < asOf ? (kept ? "kept" : "broken") : "open",
        late,
      },
    });
  }
  return out;
}
