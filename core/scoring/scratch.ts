/**
 * Reusable number buffers for scoring in chunks. Scoring a large open book chunk by chunk with
 * the same buffers keeps memory flat and spares the garbage collector the repeated large
 * allocations that would otherwise dominate the run time.
 */
export class Scratch {
  private readonly buffers = new Map<string, Float64Array>();

  /** A buffer of exactly `n` numbers (a view of a reused, possibly larger one); contents are stale. */
  take(name: string, n: number): Float64Array {
    let buffer = this.buffers.get(name);
    if (buffer === undefined || buffer.length < n) {
      buffer = new Float64Array(Math.max(n, 2 * (buffer?.length ?? 0)));
      this.buffers.set(name, buffer);
    }
    return buffer.subarray(0, n);
  }
}
