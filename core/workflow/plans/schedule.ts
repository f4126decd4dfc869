/**
 * Installment schedules that reconcile to the cent: an even split gives the extra cents to the first
 * installments; custom amounts must add up exactly to the plan total, or the plan is refused.
 */
import { addDays, addMonths, daysBetween } from "../../domain/dates";
import type { IsoDate } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import { splitEvenly, sumMinor, toDecimalString } from "../../money/money";
import type { Installment } from "./plan-types";

export type Cadence = "monthly" | "biweekly" | "weekly";
export const CADENCES: readonly Cadence[] = ["monthly", "biweekly", "weekly"];

export function installmentDate(startDate: IsoDate, cadence: Cadence, index: number): IsoDate {
  if (cadence === "monthly") return addMonths(startDate, index);
  return addDays(startDate, index * (cadence === "weekly" ? 7 : 14));
}

/** The cadence a schedule was built with, read back from its due dates (monthly when it cannot tell). */
export function cadenceOf(installments: readonly { dueDate: IsoDate }[]): Cadence {
  const [first, second] = installments;
  if (!first || !second) return "monthly";
  const gap = daysBetween(first.dueDate, second.dueDate);
  return gap === 7 ? "weekly" : gap === 14 ? "biweekly" : "monthly";
}

export interface ScheduleInput {
  totalMinor: number;
  startDate: IsoDate;
  cadence: Cadence;
  /** Even split into this many installments… */
  count?: number;
  /** …or these custom amounts, which must add up to `totalMinor`. */
  amounts?: number[];
}

export function buildInstallments(
  input: ScheduleInput,
  maxInstallments: number,
  currency = "USD",
): Result<Installment[]> {
  if (!Number.isSafeInteger(input.totalMinor) || input.totalMinor <= 0)
    return fail("VALIDATION", "the plan total must be a positive whole number of minor units");
  let amounts: number[];
  if (input.amounts !== undefined) {
    if (input.amounts.length === 0 || input.amounts.some((a) => !Number.isSafeInteger(a) || a <= 0))
      return fail("VALIDATION", "installment amounts must be positive whole numbers of minor units");
    const sum = sumMinor(input.amounts);
    if (sum !== input.totalMinor)
      return fail(
        "VALIDATION",
        `installments add up to ${toDecimalString(sum, currency)}, the plan total is ${toDecimalString(input.totalMinor, currency)}`,
      );
    amounts = input.amounts;
  } else {
    const count = input.count ?? 0;
    if (!Number.isInteger(count) || count < 1)
      return fail("VALIDATION", "count must be a whole number of installments ≥ 1");
    amounts = splitEvenly(input.totalMinor, count);
  }
  if (amounts.length > maxInstallments)
    return fail("VALIDATION", `at most ${maxInstallments} installments are allowed`);
  return ok(
    amounts.map((amountMinor, i) => ({
      seq: i + 1,
      dueDate: installmentDate(input.startDate, input.cadence, i),
      amountMinor,
    })),
  );
}
