/** Cross-checks on a row's amounts that `parseAmount` alone cannot make. */
import type { IsoDate } from "../../core/domain/types";

/**
 * A paid date alone means paid in full on that day. A paid amount needs its date (days-to-pay
 * feeds the payment model) and must lie between zero and the invoice amount. Returns the amount
 * paid, or undefined when nothing was paid.
 */
export function readPaid(
  values: { amount: number | undefined; paid: number | undefined; paidDate: IsoDate | undefined },
  texts: { amount: string; paid: string; paidDate: string },
  reasons: string[],
): number | undefined {
  const { amount, paid, paidDate } = values;
  if (texts.paid === "") return texts.paidDate === "" ? undefined : amount;
  if (paid === undefined) return undefined;
  if (paid === 0) {
    if (texts.paidDate !== "") reasons.push("paid_date is set but paid_amount is 0");
    return undefined;
  }
  if (texts.paidDate === "") reasons.push("paid_amount needs a paid_date");
  if (amount === undefined) return undefined;
  if (Math.sign(paid) !== Math.sign(amount)) {
    reasons.push(`paid_amount ${texts.paid} and amount ${texts.amount} have opposite signs`);
  } else if (Math.abs(paid) > Math.abs(amount)) {
    reasons.push(`paid_amount ${texts.paid} is more than amount ${texts.amount}`);
  }
  return paidDate === undefined ? undefined : paid;
}

const SYMBOL_CURRENCY: [string, string][] = [
  ["€", "EUR"],
  ["£", "GBP"],
  ["₹", "INR"],
  ["zł", "PLN"],
];
const MARKED = /[A-Za-z€£₹]/;

/**
 * A currency code or symbol written in the amount that contradicts the row's currency:
 * `parseAmount` strips "EUR 100" to 100, which must not then be booked as dollars.
 */
export function currencyClash(text: string, currency: string): string | undefined {
  if (!MARKED.test(text)) return undefined;
  const code = /[A-Za-z]{3}/.exec(text)?.[0].toUpperCase();
  if (code && code !== currency) return code;
  for (const [symbol, cur] of SYMBOL_CURRENCY) if (text.includes(symbol) && cur !== currency) return cur;
  return undefined;
}
