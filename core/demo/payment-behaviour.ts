/** Days late per behaviour: the signal the payment model has to find in the demo history. */
import type { IsoDate } from "../domain/types";
import type { Behaviour } from "./demo-people";
import type { Random } from "./random";

export function lateDays(
  behaviour: Behaviour,
  rnd: Random,
  invoiceDate: IsoDate,
  progress: number,
  rejected: boolean,
): number {
  const month = Number(invoiceDate.slice(5, 7));
  const noise = rnd.normal();
  switch (behaviour) {
    case "prompt":
      return Math.round(Math.max(-10, -3 + noise * 4));
    case "slow-but-sure":
      return Math.round(Math.max(0, 22 + noise * 6));
    case "seasonal":
      // Pays late around year end and summer, on time otherwise.
      return Math.round(Math.max(-5, (month === 12 || month === 1 || month === 7 || month === 8 ? 35 : 2) + noise * 6));
    case "deteriorating":
      return Math.round(Math.max(-5, -2 + progress * progress * 170 + noise * 8));
    case "disputing":
      return Math.round(Math.max(-5, 12 + noise * 10));
    case "ebilling-rejections":
      return Math.round(Math.max(-5, (rejected ? 48 : 4) + noise * 6));
  }
}
