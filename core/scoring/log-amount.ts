/** Log of the amount in major units: a doubling of the bill is one step, whatever its size. */
export function logAmount(amountMinor: number): number {
  return Math.log1p(Math.max(0, amountMinor) / 100);
}
