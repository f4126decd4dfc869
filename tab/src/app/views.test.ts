import { describe, expect, it } from "vitest";
import { initialView, viewsFor } from "./views";

describe("viewsFor", () => {
  it.each([
    [["manager"], 7],
    [["admin"], 8],
    [["specialist"], 0],
    [["partner", "manager"], 7],
  ] as const)("%j sees %i views", (roles, n) => {
    expect(viewsFor([...roles])).toHaveLength(n);
  });
});

describe("initialView", () => {
  const all = viewsFor(["admin"]);
  it.each([
    ["?view=inventory", "", "inventory"],
    ["", "#escalations", "escalations"],
    ["?view=config", "", "config"],
    ["?view=nonsense", "", "portfolio"],
    ["", "", "portfolio"],
  ])("%s %s → %s", (search, hash, expected) => {
    expect(initialView(search, hash, all)).toBe(expected);
  });
  it("never opens a view the role may not see", () => {
    expect(initialView("?view=config", "", viewsFor(["manager"]))).toBe("portfolio");
  });
});
