/**
 * Deterministic synthetic law-firm ledger for benchmarks: clients with their own payment pace,
 * dispute habits, delivery channel and e-billing rejections; invoices with skewed amounts and
 * right-skewed payment delays; reminders, disputes and promises in the audit trail.
 * Same seed, same ledger, on every machine.
 */
import { invoiceKey } from "../../domain/keys";
import type { Delivery, Interaction, Invoice } from "../../domain/types";
import { dayOf, isoOfDay } from "../day";
import { mulberry32, normal } from "./prng";

export interface SyntheticLedger {
  invoices: Invoice[];
  interactions: Interaction[];
  asOf: string;
}

export interface SyntheticOptions {
  seed?: number;
  clients?: number;
  historical?: number;
  open?: number;
  asOf?: string;
}

interface ClientHabits {
  id: string;
  pace: number;
  disputeRate: number;
  /** Portal clients submit every invoice there; the others send a share of them on paper. */
  portal: boolean;
  paperShare: number;
  rejectRate: number;
  promiseKeeper: number;
}

/** Builds the ledger: `historical` invoices settled (or written off) before `asOf`, `open` still open on it. */
export function syntheticLedger(options: SyntheticOptions = {}): SyntheticLedger {
  const random = mulberry32(options.seed ?? 20_240_101);
  const asOf = options.asOf ?? "2025-01-01";
  const today = dayOf(asOf);
  const dates = new Map<number, string>();
  const instants = new Map<number, string>();
  // Dates and instants repeat across invoices: share one string per day, as a store's driver would.
  const iso = (day: number) => {
    let s = dates.get(day);
    if (s === undefined) {
      s = isoOfDay(day);
      dates.set(day, s);
    }
    return s;
  };
  const instant = (day: number) => {
    let s = instants.get(day);
    if (s === undefined) {
      s = `${iso(day)}T10:00:00Z`;
      instants.set(day, s);
    }
    return s;
  };
  let logCount = 0;
  const clients: ClientHabits[] = Array.from({ length: options.clients ?? 20_000 }, (_, c) => {
    const r = random();
    return {
      id: `C${String(c).padStart(6, "0")}`,
      pace: Math.max(3, 30 + 12 * normal(random)),
      disputeRate: 0.4 * random() ** 3,
      portal: r < 0.2,
      paperShare: random() ** 2,
      rejectRate: 0.25 * random() ** 2,
      promiseKeeper: random(),
    };
  });
  // Heavier clients get more invoices: weight ~ 1 / rank^0.8, sampled through a cumulative table.
  const weights = clients.map((_, c) => 1 / (c + 1) ** 0.8);
  const cumulative = new Float64Array(weights.length);
  weights.reduce((sum, w, c) => (cumulative[c] = sum + w), 0);
  const total = cumulative[cumulative.length - 1]!;
  const pick = () => {
    const u = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return clients[lo]!;
  };
  const invoices: Invoice[] = [];
  const interactions: Interaction[] = [];
  const historical = options.historical ?? 1_000_000;
  const open = options.open ?? 200_000;
  const firstDay = today - 3 * 365;
  for (let i = 0; i < historical + open; i += 1) {
    const isOpen = i >= historical;
    const client = pick();
    const terms = random() < 0.8 ? 30 : random() < 0.5 ? 45 : 60;
    const amount = Math.max(5_000, Math.round(400_000 * Math.exp(0.9 * normal(random))));
    const disputed = random() < client.disputeRate;
    const delivery: Delivery = client.portal ? "portal" : random() < client.paperShare ? "paper" : "electronic";
    const rejected = delivery === "portal" && random() < client.rejectRate;
    const expected =
      client.pace +
      (delivery === "paper" ? 7 : delivery === "portal" ? 3 : 0) +
      (rejected ? 12 : 0) +
      (disputed ? 18 : 0) +
      1.5 * Math.log2(amount / 400_000) +
      (terms - 30) * 0.6;
    // Gumbel noise: right-skewed delays. Settled invoices must be paid before asOf and open ones
    // not yet: redraw the issue day (settled) or the delay (open) until the invoice fits its role.
    const draw = () => Math.max(0, Math.round(expected - Math.log(-Math.log(Math.max(1e-12, random()))) * 6));
    let issued = 0;
    let days = 0;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      issued = isOpen ? today - 1 - Math.floor(random() * 120) : firstDay + Math.floor(random() * 3 * 365);
      days = draw();
      if (isOpen ? issued + days >= today : issued + days < today) break;
    }
    const neverPaid = !isOpen && random() < 0.01;
    const number = `INV${String(i).padStart(7, "0")}`;
    const id = invoiceKey(client.id, number);
    const paidDay = issued + days;
    const settled = !isOpen && !neverPaid && paidDay < today;
    invoices.push({
      tenantId: "bench",
      id,
      clientId: client.id,
      number,
      invoiceDate: iso(issued),
      dueDate: iso(issued + terms),
      amountMinor: amount,
      balanceMinor: settled || neverPaid ? 0 : amount,
      currency: "USD",
      status: settled ? "paid" : neverPaid ? "written-off" : "open",
      ...(settled ? { paidDate: iso(paidDay) } : {}),
      disputed,
      delivery,
      ...(delivery === "portal" ? { ebillingStatus: rejected ? "rejected" : "accepted" } : {}),
    });
    const due = issued + terms;
    const logged = (kind: Interaction["kind"], day: number, data?: Record<string, unknown>) => {
      if (day >= today) return;
      interactions.push({
        tenantId: "bench",
        id: `L${(logCount++).toString(36)}`,
        clientId: client.id,
        invoiceIds: [id],
        kind,
        at: instant(day),
        actorId: "collector",
        summary: kind,
        ...(data ? { data } : {}),
      });
    };
    if (disputed) logged("dispute", issued + 5 + Math.floor(random() * 20));
    if (paidDay > due + 7 && random() < 0.5) {
      logged("email-sent", due + 7);
      if (paidDay > due + 21) logged("call", due + 21);
      if (random() < 0.3) logged("promise", due + 22, { promisedDate: iso(due + 22 + Math.floor(random() * 14)) });
    }
  }
  return { invoices, interactions, asOf };
}
