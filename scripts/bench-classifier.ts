/**
 * `npm run bench:classifier`: accuracy of the rule-based reply classifier on the corpus in
 * test/fixtures/replies, by language, by kind and by set, with the misses listed. The `holdout*`
 * sets were written blind (before the rules saw them); their first-run scores are kept in each
 * file's `note`, because every fix made after a run makes that set less blind.
 */
import { classifyByRules } from "../core/drafting/classify/classify-rules";
import { neutralizeInbound } from "../core/drafting/untrusted";
import { type CorpusReply, loadCorpus } from "../test/support/reply-corpus";

type Tally = Map<string, { right: number; total: number }>;

function count(tally: Tally, key: string, right: boolean): void {
  const t = tally.get(key) ?? { right: 0, total: 0 };
  t.total += 1;
  if (right) t.right += 1;
  tally.set(key, t);
}

function print(title: string, tally: Tally): void {
  console.log(`\n${title}`);
  for (const [key, { right, total }] of [...tally].sort()) {
    console.log(
      `  ${key.padEnd(14)} ${String(right).padStart(3)}/${String(total).padEnd(3)} ${((100 * right) / total).toFixed(1)}%`,
    );
  }
}

function figuresRight(
  r: CorpusReply,
  got: { amountMinor?: number; date?: string; invoiceNumbers?: string[] },
): boolean {
  const e = r.expected;
  return (
    (e.amountMinor === undefined || got.amountMinor === e.amountMinor) &&
    (e.date === undefined || got.date === e.date) &&
    (e.invoiceNumbers === undefined || JSON.stringify(got.invoiceNumbers) === JSON.stringify(e.invoiceNumbers))
  );
}

const corpus = loadCorpus();
const byLanguage: Tally = new Map();
const byKind: Tally = new Map();
const bySet: Tally = new Map();
const figures: Tally = new Map();
const misses: string[] = [];
let committed = 0;
let committedRight = 0;
const started = performance.now();
for (const r of corpus) {
  const c = classifyByRules(neutralizeInbound(r), r.asOf);
  const right = c.kind === r.expected.kind;
  count(byLanguage, r.language, right);
  count(byKind, r.expected.kind, right);
  count(bySet, r.set, right);
  if (c.confidence >= 0.6) {
    committed += 1;
    if (right) committedRight += 1;
  }
  const e = r.expected;
  if (e.amountMinor !== undefined || e.date || e.invoiceNumbers) {
    count(figures, "figures", right && figuresRight(r, { ...c.promise, ...c.paid, ...c.remittance }));
  }
  if (!right)
    misses.push(
      `  ${r.id.padEnd(10)} expected ${e.kind.padEnd(13)} got ${c.kind} (${c.confidence}) "${c.evidence.slice(0, 70)}"`,
    );
}
const ms = performance.now() - started;
const total = [...byKind.values()].reduce((s, t) => s + t.right, 0);
console.log(
  `Reply classifier (rules only): ${total}/${corpus.length} right = ${((100 * total) / corpus.length).toFixed(1)}%`,
);
console.log(
  `Confident readings (>= 0.6): ${committedRight}/${committed} right; ${corpus.length - committed} left to a person`,
);
print("By language", byLanguage);
print("By kind", byKind);
print("By set", bySet);
print("Figures (amount, date, invoice numbers) on replies that state them", figures);
console.log(`\nMisses:\n${misses.join("\n") || "  none"}`);
console.log(`\n${corpus.length} replies in ${ms.toFixed(0)} ms`);
