import { describe, expect, it } from "vitest";
import type { Client } from "../../domain/types";
import { DEFAULT_WORKFLOW_CONFIG } from "../config/defaults";
import { isBusinessDay, nextBusinessDay } from "./calendar";
import { checkContact } from "./contact-rules";
import { localTimeAt } from "./local-time";
import { earliestSendSlot, isQuietHour } from "./send-window";

const calendar = { weekendDays: [0, 6], holidays: ["2026-11-26", "2026-12-25"] };

describe("business days", () => {
  it.each([
    ["2026-11-23", true], // Monday
    ["2026-11-26", false], // Thanksgiving
    ["2026-11-28", false], // Saturday
    ["2026-11-29", false], // Sunday
  ])("%s is a business day: %s", (day, expected) => expect(isBusinessDay(day, calendar)).toBe(expected));

  it.each([
    ["2026-11-25", "2026-11-25"],
    ["2026-11-26", "2026-11-27"],
    ["2026-11-28", "2026-11-30"],
    ["2026-12-24", "2026-12-24"],
    ["2026-12-25", "2026-12-28"],
  ])("next business day from %s is %s", (day, expected) => expect(nextBusinessDay(day, calendar)).toBe(expected));
});

describe("quiet hours", () => {
  it.each([
    [{ startHour: 20, endHour: 8 }, 21, true],
    [{ startHour: 20, endHour: 8 }, 3, true],
    [{ startHour: 20, endHour: 8 }, 8, false],
    [{ startHour: 20, endHour: 8 }, 19, false],
    [{ startHour: 12, endHour: 14 }, 13, true],
    [{ startHour: 12, endHour: 14 }, 14, false],
    [{ startHour: 0, endHour: 0 }, 3, false],
  ])("%o at %i h is quiet: %s", (quiet, hour, expected) => expect(isQuietHour(hour, quiet)).toBe(expected));

  const quiet = { startHour: 20, endHour: 8 };
  it.each([
    ["Monday 10 h: send now", { date: "2026-11-23", hour: 10, weekday: 1 }, null],
    ["Monday 6 h: later today", { date: "2026-11-23", hour: 6, weekday: 1 }, { date: "2026-11-23", hour: 8 }],
    ["Monday 22 h: tomorrow morning", { date: "2026-11-23", hour: 22, weekday: 1 }, { date: "2026-11-24", hour: 8 }],
    [
      "Wednesday 22 h before Thanksgiving: Friday",
      { date: "2026-11-25", hour: 22, weekday: 3 },
      { date: "2026-11-27", hour: 8 },
    ],
    ["Saturday noon: Monday", { date: "2026-11-28", hour: 12, weekday: 6 }, { date: "2026-11-30", hour: 8 }],
    ["Friday 21 h: Monday", { date: "2026-11-27", hour: 21, weekday: 5 }, { date: "2026-11-30", hour: 8 }],
  ])("%s", (_name, local, expected) => expect(earliestSendSlot(local, quiet, calendar)).toEqual(expected));
});

describe("local time in the recipient's zone", () => {
  it.each([
    ["2026-11-23T06:00:00.000Z", "America/New_York", { date: "2026-11-23", hour: 1, weekday: 1 }],
    ["2026-07-01T03:30:00.000Z", "America/New_York", { date: "2026-06-30", hour: 23, weekday: 2 }],
    ["2026-11-23T20:00:00.000Z", "Asia/Tokyo", { date: "2026-11-24", hour: 5, weekday: 2 }],
    ["2026-11-23T23:59:00.000Z", "Not/AZone", { date: "2026-11-23", hour: 23, weekday: 1 }],
  ])("%s in %s", (instant, zone, expected) => expect(localTimeAt(instant, zone)).toEqual(expected));
});

describe("contact rules", () => {
  const g = DEFAULT_WORKFLOW_CONFIG.guardrails;
  const client = (over: Partial<Client> = {}): Client => ({
    tenantId: "t",
    id: "C1",
    name: "Acme",
    contacts: [{ email: "ap@acme.example", phone: "+15550001" }, { email: "gc@acme.example" }],
    emailDomains: ["acme.example"],
    language: "en",
    preferredChannel: "email",
    ...over,
  });
  const none = { contactsLast7Days: 0 };
  const check = (
    c: Client,
    channel: "email" | "sms" | "letter" | "partner-task",
    history = none,
    tone: "friendly" | "final" = "friendly",
  ) => checkContact({ client: c, channel, tone, asOf: "2026-11-23", history, guardrails: g });

  it.each([
    [
      "reaches every contact by email",
      client(),
      "email",
      none,
      { ok: true, channel: "email", to: ["ap@acme.example", "gc@acme.example"] },
    ],
    [
      "leaves out an opted-out contact",
      client({ contacts: [{ email: "ap@acme.example", optOut: true }, { email: "gc@acme.example" }] }),
      "email",
      none,
      { ok: true, to: ["gc@acme.example"] },
    ],
    [
      "skips a client whose contacts all opted out",
      client({ contacts: [{ email: "ap@acme.example", optOut: true }] }),
      "email",
      none,
      { ok: false, reason: "opt-out" },
    ],
    [
      "skips within the minimum interval (3 days)",
      client(),
      "email",
      { lastContactDate: "2026-11-21", contactsLast7Days: 1 },
      { ok: false, reason: "min-interval" },
    ],
    [
      "allows once the interval has passed",
      client(),
      "email",
      { lastContactDate: "2026-11-20", contactsLast7Days: 1 },
      { ok: true },
    ],
    ["texts the contact with a phone number", client(), "sms", none, { ok: true, channel: "sms", to: ["+15550001"] }],
    ["never texts a consumer (email instead)", client({ consumer: true }), "sms", none, { ok: true, channel: "email" }],
    [
      "waits a week between contacts for a consumer",
      client({ consumer: true }),
      "email",
      { lastContactDate: "2026-11-18", contactsLast7Days: 0 },
      { ok: false, reason: "min-interval" },
    ],
    [
      "caps a consumer at one contact in 7 days",
      client({ consumer: true }),
      "email",
      { lastContactDate: "2026-11-10", contactsLast7Days: 1 },
      { ok: false, reason: "weekly-cap" },
    ],
    [
      "lets an internal partner task through an opt-out",
      client({ contacts: [{ email: "ap@acme.example", optOut: true }] }),
      "partner-task",
      none,
      { ok: true, to: [] },
    ],
  ] as const)("%s", (_name, c, channel, history, expected) => {
    expect(check(c, channel, history)).toMatchObject(expected);
  });

  it("softens a final tone for a consumer and says so", () => {
    expect(check(client({ consumer: true }), "letter", none, "final")).toMatchObject({
      ok: true,
      tone: "firm",
      notes: ["final tone not allowed for this client; firm tone used"],
    });
    expect(check(client(), "letter", none, "final")).toMatchObject({ ok: true, tone: "final", notes: [] });
  });
});
