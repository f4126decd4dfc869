import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pdfToText } from "../../test/support/pdf-text";
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

  it("exports a client's trail as a PDF report with the chain's verdict printed on it", async () => {
    const csv = (await nudge("audit", "export", "--client", "CL-1003")).out.trimEnd().split("\r\n");
    const file = join(dir, "cl-1003.pdf");
    expect((await nudge("audit", "export", "--client", "CL-1003", "--format", "pdf", "--out", file)).code).toBe(0);
    const text = pdfToText(readFileSync(file));
    expect(text).toContain("(CL-1003)");
    expect(text).toContain(`Hash chain verified: all ${csv.length - 1} records are intact.`);
    const last = csv.at(-1)!.split(",");
    expect(text).toContain(`hash ${last.at(-1)}`);
    expect((await nudge("audit", "export", "--client", "CL-1003", "--format", "pdf")).code).toBe(2);
    expect((await nudge("audit", "export", "--client", "CL-1003", "--format", "xml")).code).toBe(2);

    const db = new DatabaseSync(join(dir, "nudge.db"));
    const victim = db
      .prepare("SELECT id FROM interactions WHERE client_id = 'CL-1003' ORDER BY seq LIMIT 1 OFFSET 1")
      .get() as { id: string };
    db.prepare("UPDATE interactions SET body = json_set(body, '$.summary', 'nothing happened') WHERE id = ?").run(
      victim.id,
    );
    db.close();
    expect((await nudge("audit", "export", "--client", "CL-1003", "--format", "pdf", "--out", file)).code).toBe(1);
    const broken = pdfToText(readFileSync(file)).replace(/\s+/g, " ");
    expect(broken).toContain(`Hash chain BROKEN at record #2 (${victim.id}): content does not match its hash.`);
  });
});
