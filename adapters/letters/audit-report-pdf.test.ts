import { describe, expect, it } from "vitest";
import { chainInteraction, verifyChain } from "../../core/audit/hash-chain";
import type { Interaction } from "../../core/domain/types";
import type { ClientAuditTrail } from "../../core/workflow/audit/export-audit";
import { pdfToText } from "../../test/support/pdf-text";
import { evidenceOf, renderAuditReportPdf, utcTime, verdictLine } from "./audit-report-pdf";

async function chain(n: number): Promise<Interaction[]> {
  const records: Interaction[] = [];
  for (let i = 0; i < n; i++) {
    const base = {
      tenantId: "t",
      id: `rec-${i + 1}`,
      clientId: "CL-1006",
      kind: i === 0 ? ("email-drafted" as const) : ("note" as const),
      at: `2026-11-${String(10 + (i % 15)).padStart(2, "0")}T14:0${i % 10}:00.000Z`,
      actorId: i === 0 ? "workflow" : "u-chen",
      summary: i === 1 ? "Rozmowa z klientem: zapłaci do piątku (Łódź)" : `Note ${i + 1}`,
      ...(i === 0
        ? {
            invoiceIds: ["CL-1006|20210", "CL-1006|20211"],
            data: { draftId: "CL-1006|2026-11-10|email|x1", stepId: "+7", needsApproval: false },
          }
        : {}),
    };
    records.push(await chainInteraction(base, records.at(-1)?.hash));
  }
  return records;
}

async function trailOf(records: Interaction[]): Promise<ClientAuditTrail> {
  return {
    firmName: "Hartwell & Pryce LLP",
    clientId: "CL-1006",
    clientName: "Adatum Łódź Sp. z o.o.",
    records,
    verdict: await verifyChain(records),
    actors: { workflow: "Nudge daily run", "u-chen": "Jamie Chen" },
  };
}

describe("the audit report PDF", () => {
  it("prints the verdict, then who, when, what and the evidence of every record (read back with pdftotext)", async () => {
    const records = await chain(3);
    const text = pdfToText(
      await renderAuditReportPdf(await trailOf(records), { generatedAt: "2026-11-23T15:00:00.000Z" }),
    );
    expect(text).toContain("Hartwell & Pryce LLP");
    expect(text).toContain("Audit trail: Adatum Łódź Sp. z o.o. (CL-1006)");
    expect(text).toContain("Generated 2026-11-23 15:00:00 UTC · 3 record(s)");
    expect(text).toContain("Hash chain verified: all 3 records are intact.");
    expect(text).toContain("#1 · 2026-11-10 14:00:00 UTC · email-drafted");
    expect(text).toContain("Who: Nudge daily run (workflow)");
    expect(text).toContain("Who: Jamie Chen (u-chen)");
    expect(text).toContain("What: Rozmowa z klientem: zapłaci do piątku (Łódź)");
    expect(text).toContain("Invoices: CL-1006|20210, CL-1006|20211");
    expect(text).toContain("Evidence: draftId: CL-1006|2026-11-10|email|x1; stepId: +7; needsApproval: false");
    for (const r of records) expect(text).toContain(`hash ${r.hash}`);
    expect(text).toContain("page 1 of 1");
  });

  it("names the record where a tampered chain breaks", async () => {
    const records = await chain(4);
    records[2] = { ...records[2]!, summary: "nothing happened" };
    const trail = await trailOf(records);
    const text = pdfToText(await renderAuditReportPdf(trail, { generatedAt: "2026-11-23T15:00:00.000Z" }));
    expect(text.replace(/\s+/g, " ")).toContain(
      "Hash chain BROKEN at record #3 (rec-3): content does not match its hash. The 2 record(s) before it verified",
    );
    expect(text).toContain("The chain breaks here: content does not match its hash.");
    expect(text).not.toContain("Hash chain verified");
  });

  it("runs over as many pages as the trail needs, every record kept whole", async () => {
    const records = await chain(60);
    const text = pdfToText(
      await renderAuditReportPdf(await trailOf(records), { generatedAt: "2026-11-23T15:00:00.000Z", size: "A4" }),
    );
    const pages = Number(/page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(3);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`page ${p} of ${pages}`);
    for (let i = 1; i <= 60; i++) expect(text).toMatch(new RegExp(`#${i} · 2026-11-\\d\\d`));
    // A record never starts on one page and ends on the next: each page break falls between records.
    const later = text
      .split("\f")
      .slice(1)
      .filter((p) => p.trim());
    expect(later).toHaveLength(pages - 1);
    for (const page of later) expect(page.trim()).toMatch(/^#\d+ · /);
  });

  it.each([
    ["2026-11-23T14:00:00.000Z", "2026-11-23 14:00:00 UTC"],
    ["2026-11-23T14:00:00Z", "2026-11-23 14:00:00 UTC"],
  ])("prints %s as %s", (instant, printed) => expect(utcTime(instant)).toBe(printed));

  it("states an empty trail and flattens evidence", () => {
    expect(verdictLine({ records: [], verdict: { ok: true, checked: 0 } })).toBe(
      "Hash chain verified: the trail has no records.",
    );
    expect(evidenceOf({ a: "x", n: 2, o: { k: [1] } })).toBe('a: x; n: 2; o: {"k":[1]}');
    expect(evidenceOf(undefined)).toBe("");
  });
});
