/**
 * The terms of a payment plan as a person states them (from the task pane or a Teams card): which
 * invoices, what total (default: what they still owe), and either an even split into `count`
 * installments or custom `amounts`, from `startDate`, monthly by default. Validated to the cent.
 */
import type { ActionDeps } from "../../actions/documents";
import { requireAmount, requireClientInvoices, requireDate } from "../../actions/validate";
import type { Client, IsoDate } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import { formatMoney, sumMinor } from "../../money/money";
import type { TenantStore } from "../../ports/store.port";
import type { WorkflowConfig } from "../config/types";
import type { Installment } from "./plan-types";
import { buildInstallments, CADENCES, type Cadence } from "./schedule";

export interface PlanTerms {
  invoiceIds: string[];
  totalMinor: number;
  currency: string;
  startDate: IsoDate;
  installments: Installment[];
}

export async function planTerms(
  store: TenantStore,
  client: Client,
  input: Record<string, unknown>,
  config: WorkflowConfig,
  deps: ActionDeps,
): Promise<Result<PlanTerms>> {
  const start = requireDate(input.startDate, "startDate");
  if (!start.ok) return start;
  if (start.value < deps.asOf) return fail("VALIDATION", "startDate must be today or later");
  const cadence = (input.cadence ?? "monthly") as Cadence;
  if (!CADENCES.includes(cadence)) return fail("VALIDATION", `cadence must be one of ${CADENCES.join(", ")}`);
  const listed = await requireClientInvoices(store, client, input.invoiceIds);
  if (!listed.ok) return listed;
  const open = (await store.listInvoices({ clientId: client.id, openOnly: true }))
    .filter((i) => i.balanceMinor > 0 && (listed.value.length === 0 ? !i.disputed : listed.value.includes(i.id)))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  if (open.length === 0) return fail("VALIDATION", "there is no open balance to put on a plan");
  const owed = sumMinor(open.map((i) => i.balanceMinor));
  const currency = open[0]!.currency;
  let totalMinor = owed;
  if (input.amountMinor !== undefined) {
    const amount = requireAmount(input.amountMinor, "amountMinor");
    if (!amount.ok) return amount;
    if (amount.value > owed)
      return fail("VALIDATION", `amountMinor is more than the ${formatMoney(owed, currency)} owed`);
    totalMinor = amount.value;
  }
  if ((input.count === undefined) === (input.amounts === undefined))
    return fail("VALIDATION", "give either count (an even split) or amounts (custom installments)");
  if (input.amounts !== undefined && !Array.isArray(input.amounts)) return fail("VALIDATION", "amounts must be a list");
  const installments = buildInstallments(
    {
      totalMinor,
      startDate: start.value,
      cadence,
      ...(input.count !== undefined ? { count: input.count as number } : {}),
      ...(input.amounts !== undefined ? { amounts: input.amounts as number[] } : {}),
    },
    config.plans.maxInstallments,
    currency,
  );
  if (!installments.ok) return installments;
  return ok({
    invoiceIds: open.map((i) => i.id),
    totalMinor,
    currency,
    startDate: start.value,
    installments: installments.value,
  });
}
