import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseWorkflowConfig } from "./schema";
import { sequenceFor } from "./select-sequence";
import { dueDateFor, termsFor } from "./terms";

const doc = readFileSync(new URL("../../../docs/workflow-config.md", import.meta.url), "utf8");
const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)![1]!);

describe("the documented example configuration", () => {
  it("is valid and means what the documentation says", () => {
    const parsed = parseWorkflowConfig(example);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const c = parsed.value;
    expect(sequenceFor(c, { id: "X" }, { practiceGroup: "Litigation" }).id).toBe("litigation");
    expect(sequenceFor(c, { id: "X", consumer: true }, { practiceGroup: "Litigation" }).id).toBe("consumer");
    expect(dueDateFor("2026-11-10", termsFor({ clientId: "CL-1001", matterId: "CL-1001|M-00001" }, c.terms)!)).toBe(
      "2026-12-15",
    );
    expect(dueDateFor("2026-11-10", termsFor({ clientId: "CL-1004" }, c.terms)!)).toBe("2027-01-09");
  });
});
