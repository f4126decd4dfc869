import { describe, expect, it } from "vitest";
import { type PreviewEmail, PreviewMailbox } from "./preview-mailbox";

const read: PreviewEmail = {
  id: "r",
  mode: "read",
  from: { email: "ap@coho-logistics.example" },
  subject: "Cash flow",
  body: "We cannot pay the full balance.",
};
const compose: PreviewEmail = { id: "c", mode: "compose", to: [{ email: "ap@x.example" }], subject: "Hello", body: "" };

describe("PreviewMailbox", () => {
  it("starts empty and follows the selected sample, notifying listeners", async () => {
    const mailbox = new PreviewMailbox();
    expect(await mailbox.getItem()).toBeNull();
    let changes = 0;
    const off = mailbox.onItemChanged(() => changes++);
    mailbox.select(read);
    const item = await mailbox.getItem();
    expect(item).toMatchObject({ mode: "read", subject: "Cash flow", from: { email: "ap@coho-logistics.example" } });
    expect(await item?.bodyText()).toBe("We cannot pay the full balance.");
    off();
    mailbox.select(compose);
    expect(changes).toBe(1);
  });

  it("keeps the reply the pane opened, and clears it when another email is selected", async () => {
    const mailbox = new PreviewMailbox();
    const outputs: unknown[] = [];
    mailbox.onOutput((o) => outputs.push(o));
    mailbox.select(read);
    await mailbox.displayReply("<p>Thanks</p>");
    expect(mailbox.lastOutput()).toEqual({
      kind: "reply",
      replyAll: false,
      subject: "RE: Cash flow",
      html: "<p>Thanks</p>",
    });
    await expect(mailbox.insertIntoCompose("<p>x</p>")).rejects.toThrow();
    mailbox.select(compose);
    expect(mailbox.lastOutput()).toBeNull();
    await mailbox.insertIntoCompose("<p>a</p>");
    await mailbox.insertIntoCompose("<p>b</p>");
    expect(mailbox.lastOutput()?.html).toBe("<p>a</p><p>b</p>");
    await expect(mailbox.displayReply("<p>x</p>")).rejects.toThrow();
    expect(outputs.length).toBeGreaterThan(2);
  });

  it("keeps the new message the pane opened, beside the selected email but not while writing one", async () => {
    const mailbox = new PreviewMailbox();
    mailbox.select(read);
    await mailbox.displayNewMessage({ to: ["ap@x.example"], subject: "Reminder", html: "<p>Dear AP</p>" });
    expect(mailbox.lastOutput()).toEqual({
      kind: "new-message",
      replyAll: false,
      subject: "Reminder",
      html: "<p>Dear AP</p>",
      to: ["ap@x.example"],
    });
    mailbox.select(compose);
    await expect(mailbox.displayNewMessage({ to: [], subject: "x", html: "" })).rejects.toThrow();
    expect(mailbox.lastOutput()).toBeNull();
  });
});
