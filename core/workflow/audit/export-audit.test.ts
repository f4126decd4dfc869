import { describe, expect, it } from "vitest";
import type { Interaction } from "../../domain/types";
import { auditCsv } from "./export-audit";

const record = (summary: string, over: Partial<Interaction> = {}): Interaction => ({
  tenantId: "t",
  id: "i-1",
  clientId: "CL-1",
  kind: "note",
  at: "2026-11-23T09:00:00.000Z",
  actorId: "u-chen",
  summary,
  hash: "ab12",
  ...over,
});

describe("auditCsv", () => {
  it("writes text a spreadsheet would run as a formula as plain text", () => {
    const csv = auditCsv([
      record('=HYPERLINK("http://evil.example","Click")'),
      record("@SUM(1)", { id: "i-2", actorId: "+cmd" }),
      record("-2+3", { id: "i-3", invoiceIds: ["=A1"] }),
    ]);
    const rows = csv.split("\r\n");
    expect(rows[1]).toBe(
      `1,i-1,2026-11-23T09:00:00.000Z,CL-1,note,u-chen,"'=HYPERLINK(""http://evil.example"",""Click"")",,,,ab12`,
    );
    expect(rows[2]).toBe("2,i-2,2026-11-23T09:00:00.000Z,CL-1,note,'+cmd,'@SUM(1),,,,ab12");
    expect(rows[3]).toBe("3,i-3,2026-11-23T09:00:00.000Z,CL-1,note,u-chen,'-2+3,'=A1,,,ab12");
  });

  it("leaves ordinary cells and the data JSON as they are", () => {
    const csv = auditCsv([record("Promise to pay, by Friday", { data: { amountMinor: -500 } })]);
    expect(csv.split("\r\n")[1]).toBe(
      '1,i-1,2026-11-23T09:00:00.000Z,CL-1,note,u-chen,"Promise to pay, by Friday",,"{""amountMinor"":-500}",,ab12',
    );
  });
});
