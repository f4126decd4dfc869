/**
 * A binary min-heap of row indices keyed by a day column, over a reusable buffer. The sweep keeps
 * a client's unpaid invoices in it by due date so "oldest open invoice" is O(log n) per step.
 */
export class DayHeap {
  private rows: Int32Array;
  private length = 0;

  constructor(
    private readonly key: Int32Array,
    capacity = 16,
  ) {
    this.rows = new Int32Array(capacity);
  }

  clear(): void {
    this.length = 0;
  }

  get size(): number {
    return this.length;
  }

  /** Row with the smallest key, or -1 when empty. */
  peek(): number {
    return this.length > 0 ? this.rows[0]! : -1;
  }

  push(row: number): void {
    if (this.length === this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    let i = this.length;
    this.length += 1;
    const k = this.key[row]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = this.rows[parent]!;
      if (this.key[p]! <= k) break;
      this.rows[i] = p;
      i = parent;
    }
    this.rows[i] = row;
  }

  pop(): number {
    if (this.length === 0) return -1;
    const top = this.rows[0]!;
    this.length -= 1;
    if (this.length === 0) return top;
    const last = this.rows[this.length]!;
    const k = this.key[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.length) break;
      const right = child + 1;
      if (right < this.length && this.key[this.rows[right]!]! < this.key[this.rows[child]!]!) child = right;
      if (this.key[this.rows[child]!]! >= k) break;
      this.rows[i] = this.rows[child]!;
      i = child;
    }
    this.rows[i] = last;
    return top;
  }
}
