/**
 * PDFs over the API: a letter the daily run queued, printed on the firm's letterhead from its stored
 * text (Polish included, read back with pdftotext), and a client's audit trail as a PDF report with
 * the chain's verdict on it. Both are seen only by those who may see the client.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowDraft } from "../core/workflow/documents";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";
import { pdfToText } from "../test/support/pdf-text";

let stack: LocalStack;
let letters: WorkflowDraft[];
let emails: WorkflowDraft[];
const as = (id: string) => stack.tokenFor(id);

/** A binary GET: status, headers and the bytes. */
async function download(path: string, token?: string) {
  const res = await fetch(`${stack.url}/api${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

beforeAll(async () => {
  stack = await startLocalStack({ asOf: "2026-11-23" });
  const manager = await as("u-whitfield");
  expect((await stack.call("POST", "/sequences/run", manager, { asOf: stack.asOf })).status).toBe(200);
  const drafts = (await stack.call("GET", "/drafts", manager)).json as WorkflowDraft[];
  letters = drafts.filter((d) => d.channel === "letter");
  emails = drafts.filter((d) => d.channel === "email");
});
afterAll(async () => stack?.stop());

describe("GET /drafts/{id}/pdf", () => {
  it("prints a queued Polish letter on the firm's letterhead, exactly as stored", async () => {
    const letter = letters.find((d) => /[łśżąćęńźŁŚŻ]/.test(d.text));
    expect(letter, "the demo run queues a Polish letter").toBeDefined();
    expect(letter!.letter?.addressLines.length).toBeGreaterThan(0);
    const pdf = await download(`/drafts/${encodeURIComponent(letter!.id)}/pdf`, await as(letter!.collectorId!));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^inline; filename="letter-CL-\d+-2026-11-23\.pdf"$/);
    const text = pdfToText(pdf.bytes);
    expect(text).toContain("Hartwell & Pryce LLP");
    expect(text).toContain(plain(letter!.subject));
    for (const line of letter!.letter!.addressLines) expect(text).toContain(line);
    const printed = letter!.letter!.blocks.flatMap((b) =>
      b.kind === "text" ? [b.text] : [...b.headers, ...b.rows.flat(), ...(b.total ?? [])],
    );
    const words = plain(printed.join(" ")).split(/\s+/).filter(Boolean);
    expect(words.filter((w) => /[^\x20-\x7e]/.test(w)).length).toBeGreaterThan(3);
    for (const word of words) expect(text).toContain(word);
  });

  it("answers 404 to someone who may not see the client, for an email draft, and 401 without a token", async () => {
    const letter = letters[0]!;
    const outsider = letter.collectorId === "u-chen" ? "u-nair" : "u-chen";
    const path = `/drafts/${encodeURIComponent(letter.id)}/pdf`;
    expect((await download(path, await as(outsider))).status).toBe(404);
    expect((await download(path, await as("u-whitfield"))).status).toBe(200);
    expect((await download(`/drafts/${encodeURIComponent(emails[0]!.id)}/pdf`, await as("u-whitfield"))).status).toBe(
      404,
    );
    expect((await download(`/drafts/nothing/pdf`, await as("u-whitfield"))).status).toBe(404);
    expect((await download(path)).status).toBe(401);
  });
});

describe("GET /clients/{clientId}/audit?format=pdf", () => {
  it("prints the client's trail with the verified chain, for those who may see the client", async () => {
    const letter = letters[0]!;
    const token = await as(letter.collectorId!);
    const json = (await stack.call("GET", `/clients/${letter.clientId}/audit?format=json`, token)).json;
    const pdf = await download(`/clients/${letter.clientId}/audit?format=pdf`, token);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("x-audit-verified")).toBe("true");
    const text = pdfToText(pdf.bytes);
    expect(text).toContain(`(${letter.clientId})`);
    expect(text).toContain(`Hash chain verified: all ${json.records} records are intact.`);
    expect(text).toContain("Who: Nudge daily run (workflow)");
    expect(text).toContain(`draftId: ${letter.id}`);
    const outsider = letter.collectorId === "u-chen" ? "u-nair" : "u-chen";
    expect((await download(`/clients/${letter.clientId}/audit?format=pdf`, await as(outsider))).status).toBe(404);
    expect((await stack.call("GET", `/clients/${letter.clientId}/audit?format=xml`, token)).status).toBe(400);
  });
});
