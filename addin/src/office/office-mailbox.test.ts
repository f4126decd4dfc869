import { readFileSync } from "node:fs";
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import type { OfficeLike } from "./office-api";
import { themeFamilyOf } from "./office-host";
import { createOfficeMailbox, NEW_MESSAGE_FORM } from "./office-mailbox";

/** Mock functions record what they were called with on the mock object itself. */
type Mutable = Record<string, unknown>;

const ENUMS = {
  CoercionType: { Text: "text", Html: "html" },
  EventType: { ItemChanged: "olkItemSelectedChanged" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
};

function readMock() {
  return new OfficeMockObject({
    host: "outlook",
    ...ENUMS,
    context: {
      mailbox: {
        addHandlerAsync(this: Mutable, eventType: string, handler: () => void) {
          this.eventType = eventType;
          this.handler = handler;
        },
        removeHandlerAsync(this: Mutable, eventType: string) {
          this.removed = eventType;
        },
        item: {
          subject: "Payment scheduled",
          from: { emailAddress: "ap@proseware-capital.example", displayName: "Accounts Payable" },
          to: [{ emailAddress: "jamie.chen@hartwellpryce.example", displayName: "Jamie Chen" }],
          body: {
            getAsync(coercion: string, callback: (r: unknown) => void) {
              callback({ status: "succeeded", value: coercion === "text" ? "We will pay by Friday." : "<p>html</p>" });
            },
          },
          displayReplyForm(this: Mutable, form: { htmlBody: string }) {
            this.reply = form;
          },
          displayReplyAllForm(this: Mutable, form: { htmlBody: string }) {
            this.replyAll = form;
          },
        },
      },
    },
  });
}

function composeMock(fail = false) {
  return new OfficeMockObject({
    host: "outlook",
    ...ENUMS,
    context: {
      mailbox: {
        item: {
          subject: {
            getAsync(callback: (r: unknown) => void) {
              callback({ status: "succeeded", value: "Your account" });
            },
          },
          to: {
            getAsync(callback: (r: unknown) => void) {
              callback({
                status: "succeeded",
                value: [{ emailAddress: "ap@fabrikam-logistics.example", displayName: "" }],
              });
            },
          },
          body: {
            getAsync(_c: string, callback: (r: unknown) => void) {
              callback({ status: "succeeded", value: "" });
            },
            setSelectedDataAsync(
              this: Mutable,
              data: string,
              options: { coercionType: string },
              callback: (r: unknown) => void,
            ) {
              this.inserted = { data, coercion: options.coercionType };
              callback(
                fail ? { status: "failed", error: { message: "The item is read-only" } } : { status: "succeeded" },
              );
            },
          },
        },
      },
    },
  });
}

describe("createOfficeMailbox in read mode", () => {
  it("reads sender, recipients, subject and the plain-text body", async () => {
    const office = readMock();
    const item = await createOfficeMailbox(office as unknown as OfficeLike).getItem();
    expect(item).toMatchObject({
      mode: "read",
      subject: "Payment scheduled",
      from: { email: "ap@proseware-capital.example", name: "Accounts Payable" },
      to: [{ email: "jamie.chen@hartwellpryce.example", name: "Jamie Chen" }],
    });
    expect(await item?.bodyText()).toBe("We will pay by Friday.");
  });

  it("opens the reply or reply-all form with the HTML body", async () => {
    const office = readMock();
    const mailbox = createOfficeMailbox(office as unknown as OfficeLike);
    await mailbox.displayReply("<p>Dear AP</p>");
    await mailbox.displayReply("<p>All</p>", true);
    expect(office.context.mailbox.item.reply).toEqual({ htmlBody: "<p>Dear AP</p>" });
    expect(office.context.mailbox.item.replyAll).toEqual({ htmlBody: "<p>All</p>" });
    await expect(mailbox.insertIntoCompose("<p>x</p>")).rejects.toThrow(/composed/);
  });

  it("subscribes to ItemChanged and unsubscribes", () => {
    const office = readMock();
    let fired = 0;
    const off = createOfficeMailbox(office as unknown as OfficeLike).onItemChanged(() => fired++);
    expect(office.context.mailbox.eventType).toBe("olkItemSelectedChanged");
    office.context.mailbox.handler();
    expect(fired).toBe(1);
    off();
    expect(office.context.mailbox.removed).toBe("olkItemSelectedChanged");
  });

  it("has no item when nothing is selected", async () => {
    const office = readMock();
    office.context.mailbox.item = null;
    expect(await createOfficeMailbox(office as unknown as OfficeLike).getItem()).toBeNull();
  });
});

describe("createOfficeMailbox in compose mode", () => {
  it("reads subject and recipients asynchronously and inserts HTML at the cursor", async () => {
    const office = composeMock();
    const mailbox = createOfficeMailbox(office as unknown as OfficeLike);
    const item = await mailbox.getItem();
    expect(item).toMatchObject({
      mode: "compose",
      subject: "Your account",
      to: [{ email: "ap@fabrikam-logistics.example" }],
    });
    expect(item?.to?.[0]).not.toHaveProperty("name");
    await mailbox.insertIntoCompose("<p>Draft</p>");
    expect(office.context.mailbox.item.body.inserted).toEqual({ data: "<p>Draft</p>", coercion: "html" });
    await expect(mailbox.displayReply("<p>x</p>")).rejects.toThrow(/reply/);
  });

  it("rejects with the host's message when the insert fails", async () => {
    const mailbox = createOfficeMailbox(composeMock(true) as unknown as OfficeLike);
    await expect(mailbox.insertIntoCompose("<p>Draft</p>")).rejects.toThrow("The item is read-only");
  });
});

/** A read-mode mailbox whose host implements the requirement sets up to `supported` (Mailbox). */
function newMessageMock(supported: string | null, withForm = true) {
  const newer = (a: string, b: string) => {
    const [x, y] = [a, b].map((v) => v.split(".").map(Number));
    return x![0]! !== y![0]! ? x![0]! > y![0]! : (x![1] ?? 0) >= (y![1] ?? 0);
  };
  return new OfficeMockObject({
    host: "outlook",
    ...ENUMS,
    context: {
      requirements: {
        isSetSupported(this: Mutable, name: string, minVersion: string) {
          this.asked = { name, minVersion };
          return supported !== null && name === "Mailbox" && newer(supported, minVersion);
        },
      },
      mailbox: {
        item: {
          subject: "Payment scheduled",
          body: {
            getAsync(_c: string, callback: (r: unknown) => void) {
              callback({ status: "succeeded", value: "" });
            },
          },
        },
        ...(withForm
          ? {
              displayNewMessageForm(this: Mutable, form: unknown) {
                this.newMessage = form;
              },
            }
          : {}),
      },
    },
  });
}

describe("createOfficeMailbox: a new message (Mailbox 1.6)", () => {
  const message = {
    to: ["ap@proseware-capital.example"],
    subject: "Past-due notice",
    html: "<p>Dear Accounts Payable,</p>",
  };

  it("opens Outlook's new-message form with recipients, subject and HTML body", async () => {
    const office = newMessageMock("1.14");
    const mailbox = createOfficeMailbox(office as unknown as OfficeLike);
    expect(office.context.requirements.asked).toEqual({ name: "Mailbox", minVersion: "1.6" });
    await mailbox.displayNewMessage!(message);
    expect(office.context.mailbox.newMessage).toEqual({
      toRecipients: ["ap@proseware-capital.example"],
      subject: "Past-due notice",
      htmlBody: "<p>Dear Accounts Payable,</p>",
    });
  });

  it("offers no new message where the host lacks Mailbox 1.6 or the form", () => {
    expect(createOfficeMailbox(newMessageMock("1.5") as unknown as OfficeLike).displayNewMessage).toBeUndefined();
    expect(createOfficeMailbox(newMessageMock(null) as unknown as OfficeLike).displayNewMessage).toBeUndefined();
    expect(
      createOfficeMailbox(newMessageMock("1.14", false) as unknown as OfficeLike).displayNewMessage,
    ).toBeUndefined();
  });

  it("refuses a message the form cannot take instead of cutting it short", async () => {
    const office = newMessageMock("1.10");
    const mailbox = createOfficeMailbox(office as unknown as OfficeLike);
    await expect(mailbox.displayNewMessage!({ ...message, html: `<p>${"x".repeat(33 * 1024)}</p>` })).rejects.toThrow(
      /too long/,
    );
    expect(office.context.mailbox.newMessage).toBeUndefined();
  });

  it("is within what the manifest asks of the host", () => {
    const manifest = JSON.parse(
      readFileSync(new URL("../../../manifest/manifest.template.json", import.meta.url), "utf8"),
    );
    const mailbox = manifest.extensions[0].requirements.capabilities.find(
      (c: { name: string }) => c.name === "Mailbox",
    );
    const [major, minor] = String(mailbox.minVersion).split(".").map(Number);
    const [needMajor, needMinor] = NEW_MESSAGE_FORM.minVersion.split(".").map(Number);
    expect(major! > needMajor! || (major === needMajor && minor! >= needMinor!)).toBe(true);
  });
});

describe("themeFamilyOf", () => {
  it.each([
    [{ themeId: "Black" }, "dark"],
    [{ themeId: "DarkGray" }, "dark"],
    [{ themeId: "Colorful", bodyBackgroundColor: "#ffffff" }, "light"],
    [{ bodyBackgroundColor: "#262626" }, "dark"],
    [{ bodyBackgroundColor: "#F3F2F1" }, "light"],
    [undefined, "light"],
  ])("%j → %s", (officeTheme, family) => {
    const office = { context: { mailbox: { item: null }, ...(officeTheme ? { officeTheme } : {}) } };
    expect(themeFamilyOf(office)).toBe(family);
  });
});
