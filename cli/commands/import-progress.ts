/** Import feedback: a long ledger write reports `Writing… 40% (80,000 of 200,000)` at most every 10%. */

const STEP_PERCENT = 10;
const count = (n: number) => n.toLocaleString("en-US");

/** An `onProgress` for `applyLedgerBatch` that prints a line each time another 10% is written. */
export function writeProgress(print: (line: string) => void): (written: number, total: number) => void {
  let shown = 0;
  return (written, total) => {
    if (total <= 0) return;
    const percent = Math.floor((written * 100) / total / STEP_PERCENT) * STEP_PERCENT;
    if (percent <= shown) return;
    shown = percent;
    print(`Writing… ${percent}% (${count(written)} of ${count(total)})`);
  };
}
