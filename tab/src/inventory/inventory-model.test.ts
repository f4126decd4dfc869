import { describe, expect, it } from "vitest";
import { inventory } from "../test-support/fixtures";
import { facets, filterRows, joinModel, NO_FILTERS, sortRows, UNASSIGNED } from "./inventory-model";

const rows = () => joinModel(inventory().rows, { items: [{ clientId: "CL-2", p30: 0.9, segment: "nudge" }] });

describe("inventory model", () => {
  it("joins scores by client and leaves others empty", () => {
    const r = rows();
    expect(r.find((x) => x.clientId === "CL-2")).toMatchObject({ p30: 0.9, segment: "nudge" });
    expect(r.find((x) => x.clientId === "CL-1")).toMatchObject({ p30: null, segment: null });
  });

  it.each([
    [{ collectorId: "u-nair" }, ["CL-2"]],
    [{ partnerId: "u-pryce" }, ["CL-3", "CL-2"]],
    [{ collectorId: UNASSIGNED }, []],
    [{ practiceGroup: "Litigation" }, ["CL-1"]],
    [{ bucket: "d91_120" }, ["CL-1"]],
    [{ onlyOverdue: true }, ["CL-1", "CL-3"]],
    [{ search: "fabri" }, ["CL-3"]],
    [{ segment: "nudge" }, ["CL-2"]],
  ])("filter %j", (f, expected) => {
    expect(filterRows(rows(), { ...NO_FILTERS, ...f }).map((r) => r.clientId)).toEqual(expected);
  });

  it("sorts with empty values last in both directions", () => {
    const asc = sortRows(rows(), { key: "score", dir: "asc" }).map((r) => r.clientId);
    const desc = sortRows(rows(), { key: "score", dir: "desc" }).map((r) => r.clientId);
    expect(asc[0]).toBe("CL-2");
    expect(desc[0]).toBe("CL-2");
    expect(sortRows(rows(), { key: "balance", dir: "asc" }).map((r) => r.clientId)).toEqual(["CL-3", "CL-2", "CL-1"]);
  });

  it("offers the people, practice groups and segments present", () => {
    expect(facets(rows())).toEqual({
      collectors: [
        { id: "u-chen", name: "Jamie Chen" },
        { id: "u-nair", name: "Priya Nair" },
      ],
      partners: [
        { id: "u-hartwell", name: "Eleanor Hartwell" },
        { id: "u-pryce", name: "Marcus Pryce" },
      ],
      practiceGroups: ["Corporate", "Litigation", "Tax"],
      segments: ["nudge"],
    });
  });
});
