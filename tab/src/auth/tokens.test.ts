import { describe, expect, it } from "vitest";
import { signInFor } from "./tokens";

describe("signInFor", () => {
  it.each([
    ["localhost", false, "development"],
    ["127.0.0.1", true, "development"],
    ["nudge.example.com", true, "teams"],
    ["nudge.example.com", false, "redirect"],
  ] as const)("%s in Teams=%s → %s", (host, inTeams, expected) => {
    expect(signInFor(host, inTeams)).toBe(expected);
  });
});
