// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHttpClient } from "../../../web-shared/api/http-client";
import { setupDom } from "../../../web-shared/test-support/dom";
import { createFileClient } from "../api/file-client";
import { NudgeApi } from "../api/nudge-api";
import type { QueueDraft } from "../api/types";
import { useServices } from "../app/services";
import { PreviewMailbox } from "../office/preview-mailbox";
import { fakeApi, never, ok, problem, type Route } from "../test-support/fake-api";
import { renderPane } from "../test-support/render";
import {
  callTask,
  emailDraft,
  fabrikam,
  letterDraft,
  letterForApprover,
  manager,
  outlookDraft,
  partner,
  partnerTask,
  smsDraft,
  specialist,
} from "./queue-fixtures";
import ReviewQueueView from "./ReviewQueueView";
import { useReviewQueue } from "./use-review-queue";

setupDom();

const P = "Proseware Capital Inc.";
const F = "Fabrikam Logistics LLC";
const draftPath = (d: QueueDraft) => `/drafts/${encodeURIComponent(d.id)}`;

/** The pane's frame in small: the queue hook, opened (its lists read), and the lazily loaded view. */
function Harness() {
  const { api } = useServices();
  const queue = useReviewQueue(api);
  const { reload } = queue;
  useEffect(() => reload(), [reload]);
  return <ReviewQueueView queue={queue} />;
}

const baseRoutes = (over: Record<string, Route> = {}): Record<string, Route> => ({
  "GET /queue/summary": ok({ drafts: 3, tasks: 2, total: 5 }),
  "GET /drafts": ok([emailDraft, smsDraft, letterDraft]),
  "GET /tasks": ok([callTask, partnerTask]),
  "GET /me": ok(specialist),
  ...over,
});

/** The fake API with the real HTTP and file clients; `pdf` answers the PDF route with bytes. */
function setup(routes: Record<string, Route>, options: { pdf?: () => Response; mailbox?: PreviewMailbox } = {}) {
  const fake = fakeApi(routes);
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (options.pdf && new URL(String(input), "https://localhost").pathname.endsWith("/pdf")) {
      fake.calls.push({ method: "GET", path: "pdf", query: new URLSearchParams(), body: undefined });
      return options.pdf();
    }
    return fake.fetch(input, init);
  };
  const tokens = { getToken: async () => "test-token" };
  const api = new NudgeApi(createHttpClient({ tokens, fetch }), createFileClient({ tokens, fetch }));
  const user = userEvent.setup();
  renderPane(<Harness />, { api, mailbox: options.mailbox ?? null });
  const count = (method: string, path: string) =>
    fake.calls.filter((c) => c.method === method && c.path === path).length;
  return { user, calls: fake.calls, count };
}

/** The list item holding the button with this accessible name. */
async function itemWith(name: string): Promise<HTMLElement> {
  const button = await screen.findByRole("button", { name });
  return button.closest("li") as HTMLElement;
}

describe("ReviewQueueView: states", () => {
  it("shows a labelled spinner while the queue loads", async () => {
    setup({ "GET /drafts": never, "GET /tasks": never });
    expect(await screen.findByRole("status")).toBeTruthy();
    expect(screen.getByText("Loading your review queue…")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Review queue" })).toBeTruthy();
  });

  it("says when nothing is waiting", async () => {
    setup({ "GET /drafts": ok([]), "GET /tasks": ok([]), "GET /me": ok(specialist) });
    expect(await screen.findByText("Nothing is waiting for you: no drafts to review and no open tasks.")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("shows each part's failure on its own and retries", async () => {
    let attempts = 0;
    const { user } = setup(
      baseRoutes({
        "GET /drafts": () => (++attempts === 1 ? problem(500, "UNAVAILABLE") : ok([])),
        "GET /tasks": ok([]),
      }),
    );
    const drafts = await screen.findByRole("region", { name: "Drafts to review (0)" });
    expect(await within(drafts).findByText(/A service Nudge depends on is unavailable/)).toBeTruthy();
    expect(screen.getByText("No open tasks.")).toBeTruthy();
    await user.click(within(drafts).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/Nothing is waiting for you/)).toBeTruthy();
  });

  it("reads not available yet when the queue routes are not deployed", async () => {
    setup({ "GET /me": ok(specialist) });
    expect((await screen.findAllByText("Not available yet")).length).toBe(2);
  });
});

describe("ReviewQueueView: drafts", () => {
  it("groups drafts by channel with client, step, invoices, date, warnings and approval", async () => {
    setup(baseRoutes());
    const email = await screen.findByRole("list", { name: "Email drafts" });
    expect(screen.getByRole("list", { name: "SMS drafts" })).toBeTruthy();
    const letters = screen.getByRole("list", { name: "Letter drafts" });
    expect(screen.getByRole("heading", { name: "Drafts to review (3)" })).toBeTruthy();
    const row = within(email).getAllByRole("listitem")[0]!;
    await within(row).findByRole("button", { name: `Open ${P}` });
    const text = row.textContent ?? "";
    expect(text).toContain("Step +30 · Reminder");
    expect(text).toContain("Created Nov 23, 2026");
    expect(text).toContain(emailDraft.subject);
    expect(text).toContain("ap@proseware-capital.example");
    // The balance the draft states.
    expect(text).toContain("21690 ($15,060.00)");
    expect(text).not.toContain("today's");
    expect(text).toContain("Not before Nov 24, 2026, 08:00 (America/New_York)");
    expect(within(row).getByText("Quiet hours: not before 08:00 in the recipient's time zone")).toBeTruthy();
    const letter = within(letters).getAllByRole("listitem")[0]!;
    expect(letter.textContent).toContain("Needs approval");
    expect(letter.textContent).toContain("21690 ($15,060.00), 20001 ($1,000.00, no longer open)");
    expect(letter.textContent).toContain("Step +45 · Partner letter");
    expect(letter.textContent).toContain("Waits for the billing partner's or a manager's approval");
    // A specialist neither approves nor marks an unapproved letter sent; discarding stays possible.
    expect(within(letter).queryByRole("button", { name: /^Approve/ })).toBeNull();
    expect(within(letter).queryByRole("button", { name: /^Mark sent/ })).toBeNull();
    expect(within(letter).getByRole("button", { name: `Discard for ${P}` })).toBeTruthy();
    expect(screen.getByText("Consumer rules: at most one text a week")).toBeTruthy();
    // An older draft: today's balance, and the pane says so.
    const sms = within(screen.getByRole("list", { name: "SMS drafts" })).getAllByRole("listitem")[0]!;
    expect(sms.textContent).toContain("30001 ($1,364.80 open)");
    expect(sms.textContent).toContain(
      "Balances are today's: this draft was made before Nudge kept the figures it states.",
    );
  });

  it("reads nothing per client: names and invoices come with the items", async () => {
    const { calls } = setup(baseRoutes());
    const email = await screen.findByRole("list", { name: "Email drafts" });
    expect(within(email).getByRole("button", { name: `Open ${P}` })).toBeTruthy();
    expect(
      within(screen.getByRole("list", { name: "Open tasks" })).getByRole("button", { name: `Open ${F}` }),
    ).toBeTruthy();
    expect(calls.filter((c) => c.path.includes("/summary") && c.path.startsWith("/clients"))).toEqual([]);
  });

  it("filters by channel", async () => {
    const { user } = setup(baseRoutes());
    await screen.findByRole("list", { name: "Email drafts" });
    const filter = screen.getByRole("combobox", { name: "Show" });
    expect(
      within(filter)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["All (3)", "Email (1)", "SMS (1)", "Letter (1)"]);
    await user.selectOptions(filter, "Letter (1)");
    expect(screen.queryByRole("list", { name: "Email drafts" })).toBeNull();
    expect(screen.getByRole("list", { name: "Letter drafts" })).toBeTruthy();
    await user.selectOptions(filter, "All (3)");
    expect(screen.getByRole("list", { name: "Email drafts" })).toBeTruthy();
  });

  it("says so when a channel has nothing waiting", async () => {
    const { user } = setup(baseRoutes({ "GET /drafts": ok([emailDraft]) }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Show" }), "SMS (0)");
    expect(screen.getByText("No SMS drafts are waiting.")).toBeTruthy();
  });

  it("previews the stored text, never the HTML", async () => {
    const { user } = setup(baseRoutes());
    const preview = await screen.findByRole("button", { name: `Preview for ${F}` });
    expect(preview.getAttribute("aria-expanded")).toBe("false");
    await user.click(preview);
    expect(preview.getAttribute("aria-expanded")).toBe("true");
    const region = screen.getByRole("region", { name: `Draft for ${F}` });
    expect(region.textContent).toBe(smsDraft.text);
    await user.click(preview);
    expect(screen.queryByRole("region", { name: `Draft for ${F}` })).toBeNull();
  });

  it("marks a draft sent after confirming, and cancels without calling the API", async () => {
    const { user, calls } = setup(
      baseRoutes({ [`PATCH ${draftPath(emailDraft)}`]: ok({ ...emailDraft, status: "sent", handledBy: "u-chen" }) }),
    );
    const markSent = await screen.findByRole("button", { name: `Mark sent for ${P}` });
    await user.click(markSent);
    expect(markSent.getAttribute("aria-expanded")).toBe("true");
    const question = await screen.findByRole("group", { name: "Mark this draft as sent?" });
    expect(question.getAttribute("aria-describedby")).toBeTruthy();
    expect(question.textContent).toContain(`Nudge records the contact in ${P}'s history`);
    // Focus goes to the confirming button; Cancel puts it back where it was.
    expect(document.activeElement).toBe(within(question).getByRole("button", { name: "Mark sent" }));
    await user.click(within(question).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("group", { name: "Mark this draft as sent?" })).toBeNull();
    expect(document.activeElement).toBe(markSent);
    // Escape closes it too.
    await user.click(markSent);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Mark this draft as sent?" })).toBeNull();
    expect(calls.some((c) => c.method === "PATCH")).toBe(false);

    await user.click(markSent);
    await user.click(
      within(await screen.findByRole("group", { name: "Mark this draft as sent?" })).getByRole("button", {
        name: "Mark sent",
      }),
    );
    expect(await screen.findByText(`Marked sent. The contact is recorded in ${P}'s history.`)).toBeTruthy();
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ action: "sent" });
    expect(screen.queryByRole("list", { name: "Email drafts" })).toBeNull();
    expect(screen.getByRole("heading", { name: "Drafts to review (2)" })).toBeTruthy();
  });

  it("discards a draft after confirming", async () => {
    const { user, calls } = setup(
      baseRoutes({ [`PATCH ${draftPath(smsDraft)}`]: ok({ ...smsDraft, status: "discarded" }) }),
    );
    await user.click(await screen.findByRole("button", { name: `Discard for ${F}` }));
    const question = await screen.findByRole("group", { name: "Discard this draft?" });
    expect(question.textContent).toContain(`nothing is sent to ${F}`);
    await user.click(within(question).getByRole("button", { name: "Discard" }));
    expect(await screen.findByText(`Discarded the draft for ${F}.`)).toBeTruthy();
    expect(calls.find((c) => c.method === "PATCH")).toMatchObject({
      path: draftPath(smsDraft),
      body: { action: "discarded" },
    });
    expect(screen.queryByRole("list", { name: "SMS drafts" })).toBeNull();
  });

  it("lets the billing partner approve, then shows who approved", async () => {
    const { user, calls } = setup(
      baseRoutes({
        "GET /me": ok(partner),
        "GET /drafts": ok([emailDraft, smsDraft, letterForApprover]),
        [`PATCH ${draftPath(letterDraft)}`]: ok({
          ...letterDraft,
          approvedBy: "u-pryce",
          approvedByName: "Marcus Pryce",
          approvedAt: "x",
          mayApprove: false,
          maySend: true,
        }),
      }),
    );
    await user.click(await screen.findByRole("button", { name: `Approve for ${P}` }));
    expect(await screen.findByText(`Approved the draft for ${P}.`)).toBeTruthy();
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ action: "approve" });
    const letter = screen.getByRole("list", { name: "Letter drafts" });
    expect(within(letter).getByText("Approved by You")).toBeTruthy();
    expect(within(letter).queryByRole("button", { name: `Approve for ${P}` })).toBeNull();
    expect(within(letter).getByRole("button", { name: `Mark sent for ${P}` })).toBeTruthy();
  });

  it("shows a refused approval in the item", async () => {
    const { user } = setup(
      baseRoutes({
        "GET /me": ok(manager),
        "GET /drafts": ok([letterForApprover]),
        [`PATCH ${draftPath(letterDraft)}`]: problem(403, "FORBIDDEN", "only the billing partner or a manager"),
      }),
    );
    await user.click(await screen.findByRole("button", { name: `Approve for ${P}` }));
    const item = await itemWith(`Approve for ${P}`);
    expect(await within(item).findByText("You may not do this")).toBeTruthy();
  });

  it("says who handled a draft first and refreshes the list", async () => {
    let lists = 0;
    const { user, count } = setup(
      baseRoutes({
        "GET /drafts": () => (++lists === 1 ? ok([emailDraft, smsDraft]) : ok([smsDraft])),
        [`PATCH ${draftPath(emailDraft)}`]: problem(
          409,
          "ALREADY_DECIDED",
          "sent by Marcus Pryce at 2026-11-23T19:07:58.676Z",
        ),
      }),
    );
    await user.click(await screen.findByRole("button", { name: `Mark sent for ${P}` }));
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Already handled")).toBeTruthy();
    expect(screen.getByText(/^Marcus Pryce marked it sent on .*2026.*\. The list was refreshed\.$/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("list", { name: "Email drafts" })).toBeNull());
    expect(count("GET", "/drafts")).toBe(2);
  });

  it("says the draft is gone when the API no longer finds it", async () => {
    const { user, count } = setup(
      baseRoutes({ [`PATCH ${draftPath(smsDraft)}`]: problem(404, "NOT_FOUND", "no draft") }),
    );
    await user.click(await screen.findByRole("button", { name: `Discard for ${F}` }));
    await user.click(
      within(await screen.findByRole("group", { name: "Discard this draft?" })).getByRole("button", {
        name: "Discard",
      }),
    );
    expect(await screen.findByText("It is no longer in your queue. The list was refreshed.")).toBeTruthy();
    await waitFor(() => expect(count("GET", "/drafts")).toBe(2));
  });
});

describe("ReviewQueueView: handing a draft over", () => {
  let open: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    open = vi.fn(() => ({}) as Window);
    vi.stubGlobal("open", open);
    URL.createObjectURL = vi.fn(() => "blob:https://localhost/pdf-1");
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.unstubAllGlobals());

  const pdf = () =>
    new Response(new Uint8Array([37, 80, 68, 70]), { status: 200, headers: { "content-type": "application/pdf" } });

  it("opens a letter's PDF, fetched with the token, from a blob URL", async () => {
    const { user, calls } = setup(baseRoutes(), { pdf });
    await user.click(await screen.findByRole("button", { name: `Open PDF for ${P}` }));
    await waitFor(() => expect(open).toHaveBeenCalledWith("blob:https://localhost/pdf-1", "_blank"));
    const blob = (URL.createObjectURL as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe("application/pdf");
    expect(calls.some((c) => c.path === "pdf")).toBe(true);
  });

  it("offers a link when the browser refuses the new window", async () => {
    open.mockReturnValue(null);
    const { user } = setup(baseRoutes(), { pdf });
    await user.click(await screen.findByRole("button", { name: `Open PDF for ${P}` }));
    const link = await screen.findByRole("link", { name: `Open the PDF for ${P}` });
    expect(link.getAttribute("href")).toBe("blob:https://localhost/pdf-1");
    expect(screen.getByText(/the browser did not open a new window/)).toBeTruthy();
  });

  it("shows a failed PDF with the problem's words", async () => {
    const { user } = setup(
      baseRoutes({ [`GET ${draftPath(letterDraft)}/pdf`]: problem(503, "UNAVAILABLE", "renderer down") }),
    );
    await user.click(await screen.findByRole("button", { name: `Open PDF for ${P}` }));
    const item = await itemWith(`Open PDF for ${P}`);
    expect(await within(item).findByText(/A service Nudge depends on is unavailable/)).toBeTruthy();
    expect(open).not.toHaveBeenCalled();
  });

  it("copies a queued email where Outlook cannot open a new message", async () => {
    const { user } = setup(baseRoutes());
    await user.click(await screen.findByRole("button", { name: `Copy email for ${P}` }));
    expect(await screen.findByText(/Copied\. Paste it into a new Outlook message/)).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(emailDraft.text);
    // No mailbox (the pane outside Outlook): no new-message form and nothing to insert into.
    expect(screen.queryByRole("button", { name: /^Open in Outlook for/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Insert into my message/ })).toBeNull();
  });

  it("opens a queued email as a new Outlook message, filled in", async () => {
    const mailbox = new PreviewMailbox();
    mailbox.select({ id: "r", mode: "read", from: { email: "ap@proseware-capital.example" }, subject: "Hi", body: "" });
    const { user } = setup(baseRoutes(), { mailbox });
    const item = await itemWith(`Open in Outlook for ${P}`);
    expect(within(item).queryByRole("button", { name: `Copy email for ${P}` })).toBeNull();
    await user.click(within(item).getByRole("button", { name: `Open in Outlook for ${P}` }));
    expect(await within(item).findByText(/Opened as a new message in Outlook/)).toBeTruthy();
    expect(mailbox.lastOutput()).toEqual({
      kind: "new-message",
      replyAll: false,
      to: emailDraft.to,
      subject: emailDraft.subject,
      html: emailDraft.html,
    });
    // SMS and letters are not email: no new message for them.
    expect(screen.queryByRole("button", { name: `Open in Outlook for ${F}` })).toBeNull();
  });

  it("offers the copy when Outlook refuses the new message", async () => {
    const mailbox = new PreviewMailbox();
    mailbox.displayNewMessage = () => Promise.reject(new Error("too long"));
    const { user } = setup(baseRoutes(), { mailbox });
    await user.click(await screen.findByRole("button", { name: `Open in Outlook for ${P}` }));
    expect(await screen.findByText("Outlook could not open a new message. Copy the email instead.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: `Copy email for ${P}` }));
    expect(await navigator.clipboard.readText()).toBe(emailDraft.text);
  });

  it("shows the text to copy by hand when the clipboard is refused", async () => {
    const { user } = setup(baseRoutes());
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    await user.click(await screen.findByRole("button", { name: `Copy text for ${F}` }));
    expect(await screen.findByText("Copying is not allowed here. Select the text below and copy it.")).toBeTruthy();
    expect(screen.getByRole("region", { name: `Draft for ${F}` }).textContent).toBe(smsDraft.text);
  });

  it("inserts a queued email into the message being written", async () => {
    const mailbox = new PreviewMailbox();
    mailbox.select({
      id: "c",
      mode: "compose",
      to: [{ email: "ap@proseware-capital.example" }],
      subject: "",
      body: "",
    });
    const { user } = setup(baseRoutes(), { mailbox });
    await user.click(await screen.findByRole("button", { name: `Insert into my message: draft for ${P}` }));
    // While writing a message, the draft goes into it rather than into a second one.
    expect(screen.queryByRole("button", { name: `Open in Outlook for ${P}` })).toBeNull();
    expect(await screen.findByText(/Inserted into the message you are writing/)).toBeTruthy();
    expect(mailbox.lastOutput()?.html).toBe(emailDraft.html);
  });

  it("points to Outlook for a draft already in the Drafts folder", async () => {
    setup(baseRoutes({ "GET /drafts": ok([outlookDraft]) }));
    const item = await itemWith(`Preview for ${P}`);
    expect(within(item).getByText(/In your Outlook Drafts folder/)).toBeTruthy();
    expect(
      within(item)
        .getByRole("link", { name: `Open in Outlook on the web: ${P}` })
        .getAttribute("href"),
    ).toBe(outlookDraft.webLink);
    expect(within(item).queryByRole("button", { name: /^Copy/ })).toBeNull();
  });

  it("names whose Drafts folder holds it when that is someone else's", async () => {
    setup(baseRoutes({ "GET /drafts": ok([outlookDraft]), "GET /me": ok(manager) }));
    expect(await screen.findByText(/In Jamie Chen's Outlook Drafts folder/)).toBeTruthy();
  });
});

describe("ReviewQueueView: tasks", () => {
  it("lists tasks with client, kind and due date", async () => {
    setup(baseRoutes());
    const list = await screen.findByRole("list", { name: "Open tasks" });
    const [call, partnerRow] = within(list).getAllByRole("listitem");
    await within(call!).findByRole("button", { name: `Open ${P}` });
    expect(call!.textContent).toContain("Call");
    expect(call!.textContent).toContain("Due Nov 20, 2026");
    expect(call!.textContent).toContain("Overdue");
    expect(call!.textContent).toContain(callTask.title);
    expect(call!.textContent).toContain("21690 ($15,060.00 open)");
    expect(partnerRow!.textContent).toContain("30001 ($1,364.80 open)");
    expect(partnerRow!.textContent).toContain("Partner task");
    expect(partnerRow!.textContent).not.toContain("Overdue");
    expect(screen.getByRole("heading", { name: "Tasks (2)" })).toBeTruthy();
  });

  it("logs a call with the client's log-call form", async () => {
    const { user, calls } = setup(baseRoutes({ "POST /clients/CL-1047/interactions": ok({}) }));
    const button = await screen.findByRole("button", { name: `Log call for ${P}` });
    await user.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const form = await screen.findByRole("form", { name: "Log a call or note" });
    await user.type(within(form).getByLabelText("What happened", { exact: false }), "Left a voicemail for AP");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Saved to the client's history.")).toBeTruthy();
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({ kind: "call", summary: "Left a voicemail for AP" });
  });

  it("completes a task", async () => {
    const path = `/tasks/${encodeURIComponent(callTask.id)}/done`;
    const { user, calls } = setup(baseRoutes({ [`POST ${path}`]: ok({ ...callTask, status: "done" }) }));
    await user.click(await screen.findByRole("button", { name: `Mark done for ${P}` }));
    expect(await screen.findByText(`Task done for ${P}.`)).toBeTruthy();
    expect(calls.some((c) => c.method === "POST" && c.path === path)).toBe(true);
    expect(within(screen.getByRole("list", { name: "Open tasks" })).getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByRole("heading", { name: "Tasks (1)" })).toBeTruthy();
  });

  it("says who completed a task first, and refreshes after a lost race", async () => {
    const path = `/tasks/${encodeURIComponent(partnerTask.id)}/done`;
    const callPath = `/tasks/${encodeURIComponent(callTask.id)}/done`;
    const { user, count } = setup(
      baseRoutes({
        "GET /me": ok(specialist),
        [`POST ${path}`]: problem(409, "ALREADY_DECIDED", "completed by Jamie Chen at 2026-11-23T10:00:00.000Z"),
        [`POST ${callPath}`]: problem(412, "PRECONDITION_FAILED", "changed"),
      }),
    );
    await user.click(await screen.findByRole("button", { name: `Mark done for ${F}` }));
    expect(await screen.findByText(/^You completed it on .*\. The list was refreshed\.$/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: `Mark done for ${P}` }));
    expect(await screen.findByText("Someone else changed it first. The list was refreshed.")).toBeTruthy();
    await waitFor(() => expect(count("GET", "/tasks")).toBe(3));
  });
});

describe("ReviewQueueView: clients", () => {
  it("opens the same client view as the worklist, and comes back", async () => {
    const { user } = setup(baseRoutes({ "GET /clients/CL-1003/summary": ok(fabrikam) }));
    const list = await screen.findByRole("list", { name: "Open tasks" });
    await user.click(await within(list).findByRole("button", { name: `Open ${F}` }));
    expect(await screen.findByRole("heading", { name: F })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Aging" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("heading", { name: "Review queue" })).toBeTruthy();
  });

  it("keeps the lists when a refresh fails, and says so", async () => {
    let lists = 0;
    const { user } = setup(
      baseRoutes({ "GET /drafts": () => (++lists === 1 ? ok([emailDraft]) : problem(503, "UNAVAILABLE")) }),
    );
    await screen.findByRole("list", { name: "Email drafts" });
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByText(/A service Nudge depends on is unavailable/)).toBeTruthy();
    expect(screen.getByRole("list", { name: "Email drafts" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Drafts to review (1)" })).toBeTruthy();
  });

  it("refreshes the lists on request", async () => {
    const { user, count } = setup(baseRoutes());
    await screen.findByRole("list", { name: "Email drafts" });
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(count("GET", "/drafts")).toBe(2));
    await waitFor(() => expect(count("GET", "/tasks")).toBe(2));
  });
});
