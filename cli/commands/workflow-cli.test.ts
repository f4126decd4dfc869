import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../main";

const dir = mkdtempSync(join(tmpdir(), "nudge-cli-wf-"));
const today = new Date().toISOString().slice(0, 10);

/** Runs the CLI in-process and returns its exit code and what it printed. */
async function nudge(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await main(argv), out };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  process.env.NUDGE_DATA_DIR = dir;
  expect((await nudge("seed", "--demo")).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("nudge sequences run / audit", () => {
  it("drafts the demo firm's due reminders today, and nothing when run again (the acceptance check's flow)", async () => {
    const first = await nudge("sequences", "run", "--as-of", today, "--json");
    const a = JSON.parse(first.out.slice(first.out.indexOf("{")));
    expect(first.code).toBe(0);
    expect(a.created).toBeGreaterThan(0);
    expect(a).toMatchObject({ asOf: today, skipped: expect.any(Number), paused: expect.any(Number) });
    const second = JSON.parse((await nudge("sequences", "run", "--as-of", today, "--json")).out);
    expect(second).toMatchObject({ created: 0, touched: 0 });
    expect(second.skipReasons["already-done"]).toBe(a.touched);
  });

  it("prints a one-line summary and refuses a bad date", async () => {
    expect((await nudge("sequences", "run", "--as-of", today)).out).toMatch(
      /^Sequences for \d{4}-\d{2}-\d{2}: 0 drafts\/tasks created/,
    );
    expect((await nudge("sequences", "run", "--as-of", "yesterday")).code).toBe(2);
  });

  it("verifies the audit trail and exports a client's trail as CSV", async () => {
    const verdict = await nudge("audit", "verify", "--json");
    expect(verdict.code).toBe(0);
    expect(JSON.parse(verdict.out)).toMatchObject({ ok: true, broken: [] });
    const csv = await nudge("audit", "export", "--client", "CL-1003");
    expect(csv.code).toBe(0);
    expect(csv.out.split("\r\n")[0]).toBe("seq,id,at,clientId,kind,actorId,summary,invoiceIds,data,prevHash,hash");
    const file = join(dir, "cl-1003.csv");
    expect((await nudge("audit", "export", "--client", "CL-1003", "--out", file)).code).toBe(0);
    expect(readFileSync(file, "utf8").trimEnd()).toBe(csv.out.trimEnd());
    expect((await nudge("audit", "export")).code).toBe(2);
  });
});
