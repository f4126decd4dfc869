import { describe, expect, it } from "vitest";
import { parseCommand } from "./commands";

describe("text commands", () => {
  it.each([
    ["help", { kind: "help" }],
    ["", { kind: "help" }],
    [undefined, { kind: "help" }],
    ["what is this?", { kind: "help" }],
    ["status", { kind: "help" }],
    ["status CL-1001", { kind: "status", query: "CL-1001" }],
    ["  Status   northwind  log ", { kind: "status", query: "northwind log" }],
    ["<at>Nudge</at> status Contoso", { kind: "status", query: "Contoso" }],
    ["my approvals", { kind: "approvals" }],
    ["My Approvals", { kind: "approvals" }],
    ["approvals", { kind: "approvals" }],
    ["<at>Nudge</at>&nbsp;digest here", { kind: "digest-here" }],
  ])("%j → %j", (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });
});
