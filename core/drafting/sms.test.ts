import { describe, expect, it } from "vitest";
import { smsLength } from "./sms";

describe("SMS length as carriers count it", () => {
  it.each([
    ["a".repeat(160), "GSM-7", 160, 1],
    ["a".repeat(161), "GSM-7", 161, 2],
    ["a".repeat(306), "GSM-7", 306, 2],
    ["a".repeat(307), "GSM-7", 307, 3],
    ["€".repeat(80), "GSM-7", 160, 1],
    ["é à ü ñ ß Ä", "GSM-7", 11, 1],
    ["ł".repeat(70), "UCS-2", 70, 1],
    ["ł".repeat(71), "UCS-2", 71, 2],
    ["ą".repeat(201), "UCS-2", 201, 3],
    ["¿Dudas?", "GSM-7", 7, 1],
    ["Pagó 5 €", "UCS-2", 8, 1],
  ])("%#: %s", (text, encoding, units, segments) => {
    expect(smsLength(text)).toMatchObject({ encoding, units, segments });
  });
});
