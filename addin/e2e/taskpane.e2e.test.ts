/**
 * The task pane preview end to end: the real Functions app on a seeded throwaway store, the real
 * web server (webpack dev build, /api proxy, /dev/token), and Debian's headless Chromium. Checks
 * what a specialist sees against what the API says, times the client view, saves screenshots at
 * 320 px and 800 px under test-artifacts/, and fails if the page reaches beyond localhost.
 */
import { existsSync, mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../core/domain/dates";
import { startWebServer } from "../../scripts/web-server";
import { type LocalStack, startLocalStack } from "../../test/support/local-stack";
import { localToday } from "../../web-shared/calendar/local-today";
import { sampleEmails } from "../src/preview/samples";
import {
  amountsIn,
  CHROMIUM,
  figuresOf,
  freePort,
  LAUNCH,
  routeExists,
  selectAndTime,
  usd,
  watchPage,
} from "./e2e-support";

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`taskpane e2e skipped: ${CHROMIUM} is missing (apt-get install chromium; CI installs it)`);

const ARTIFACTS = "test-artifacts";
const samples = sampleEmails(localToday());
const sample = (id: string) => samples.find((s) => s.id === id)!;

describe.skipIf(!haveChromium)("task pane preview in headless Chromium", () => {
  let stack: LocalStack;
  let web: Awaited<ReturnType<typeof startWebServer>>;
  let browser: Browser;
  let page: Page;
  let token: string;
  const outside: string[] = [];
  const pageErrors: string[] = [];
  const clientOf = async (email: string) =>
    (await stack.call("GET", `/clients/match?email=${encodeURIComponent(email)}`, token)).json.client as {
      clientId: string;
      name: string;
    };

  beforeAll(async () => {
    stack = await startLocalStack();
    web = await startWebServer({
      port: await freePort(),
      apiTarget: stack.url,
      dataDir: stack.dataDir,
      pages: ["preview"],
    });
    token = await stack.tokenFor("u-chen");
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch(LAUNCH);
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1100, height: 800 } });
    page = await context.newPage();
    watchPage(page);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // office.js (npm copy) tries to frame Microsoft's telemetry service; the preview's CSP blocks it.
    page.on("console", (m) => {
      // 4xx answers (routes not deployed yet, a refused role) are states the pane shows, not errors.
      const expected =
        /telemetryservice\.firstpartyapps\.oaspapps\.com|Failed to load resource: the server responded with a status of 4\d\d/;
      if (m.type() === "error" && !expected.test(m.text())) pageErrors.push(m.text());
    });
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith("http") && !["localhost", "127.0.0.1"].includes(url.hostname)) outside.push(url.host);
    });
    const response = await page.goto(`${web.url}/preview.html`, { waitUntil: "load", timeout: 120_000 });
    expect(response?.status()).toBe(200);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await stack?.stop();
  });

  it("signs the preview in through the web server's development token route", async () => {
    const answers = await page.evaluate(async () => {
      const good = await fetch("/dev/token?role=specialist");
      const bad = await fetch("/dev/token?role=owner");
      await bad.text(); // an unread body keeps the request open and the page never idle
      return {
        good: good.status,
        cache: good.headers.get("cache-control"),
        token: (await good.json()).token,
        bad: bad.status,
      };
    });
    expect(answers).toMatchObject({ good: 200, cache: "no-store", bad: 400 });
    expect((await stack.call("GET", "/clients/CL-1003/summary", answers.token)).status).toBe(200);
  });

  it("lists the sample emails as list items with buttons named by subject", async () => {
    const inbox = page.getByRole("navigation", { name: "Sample inbox" });
    expect(await inbox.getByRole("listitem").count()).toBeGreaterThanOrEqual(6);
    for (const s of samples) expect(await inbox.getByRole("button", { name: s.subject, exact: true }).count()).toBe(1);
  });

  it("shows the client, its aging and its score within 500 ms of selecting an email", async () => {
    const times: number[] = [];
    for (const id of ["promise", "dispute", "hardship", "remittance", "paid", "promise"]) {
      const email = sample(id);
      const client = await clientOf(email.from!.email);
      times.push(await selectAndTime(page, email.subject, client.name));
      const summary = (await stack.call("GET", `/clients/${client.clientId}/summary`, token)).json;
      const aging = (await page.getByRole("region", { name: "Aging" }).textContent()) ?? "";
      for (const minor of Object.values(summary.aging.buckets as Record<string, number>))
        expect(aging).toContain(usd(minor));
      const likelihood = page.getByRole("region", { name: "Payment likelihood" });
      const score = await stack.call("GET", `/clients/${client.clientId}/score`, token);
      const expected =
        score.status === 200
          ? new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 }).format(score.json.p30)
          : score.json?.code === "MODEL_MISSING"
            ? "No model trained yet"
            : "Not available yet";
      await likelihood.getByText(expected, { exact: true }).first().waitFor({ timeout: 5000 });
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `task pane e2e: client view visible ${times.map((t) => `${Math.round(t)} ms`).join(", ")} after selecting (median ${Math.round(median)} ms, max ${Math.round(sorted.at(-1)!)} ms)`,
    );
    expect(median).toBeLessThanOrEqual(500);
  }, 120_000);

  it("changes the aging when an email from another client is selected", async () => {
    const a = sample("promise");
    const b = sample("dispute");
    await selectAndTime(page, a.subject, (await clientOf(a.from!.email)).name);
    const first = await page.getByRole("region", { name: "Aging" }).textContent();
    await selectAndTime(page, b.subject, (await clientOf(b.from!.email)).name);
    expect(await page.getByRole("region", { name: "Aging" }).textContent()).not.toBe(first);
  });

  it("drafts a reply whose figures all come from the ledger and opens it as the reply", async () => {
    const email = sample("promise");
    const client = await clientOf(email.from!.email);
    await selectAndTime(page, email.subject, client.name);
    const available = await routeExists(stack, token, `/clients/${client.clientId}/drafts`);
    const draftResponse = available ? page.waitForResponse((r) => r.url().includes("/drafts")) : undefined;
    await page.getByRole("button", { name: "Draft reply" }).click();
    if (!available) {
      await page.getByText("Not available yet").first().waitFor({ timeout: 10_000 });
      console.log("task pane e2e: drafting route not deployed yet; the pane shows 'Not available yet'");
      return;
    }
    const draft = await (await draftResponse!).json();
    const region = page.getByRole("region", { name: "Reply draft" });
    await region.waitFor({ timeout: 15_000 });
    const text = (await region.textContent()) ?? "";
    const summary = (await stack.call("GET", `/clients/${client.clientId}/summary`, token)).json;
    const ledger = figuresOf([summary, draft.facts]);
    const stated = amountsIn(text);
    expect(stated.length).toBeGreaterThan(0);
    for (const amount of stated) expect(ledger, `draft states ${amount}`).toContain(amount);
    const mockReply = page.getByRole("region", { name: "Outlook reply (mock)" });
    expect(await mockReply.textContent()).toContain(draft.subject ? `RE: ${email.subject}` : "");
  }, 60_000);

  it("keeps a hostile email from changing the figures of the draft", async () => {
    const email = sample("hostile");
    const client = await clientOf(email.from!.email);
    await selectAndTime(page, email.subject, client.name);
    if (!(await routeExists(stack, token, `/clients/${client.clientId}/drafts`))) return;
    await page.getByRole("button", { name: "Draft reply" }).click();
    const text = (await page.getByRole("region", { name: "Reply draft" }).textContent({ timeout: 15_000 })) ?? "";
    expect(text).not.toMatch(/balance is (zero|\$?0\.00)/i);
    const summary = (await stack.call("GET", `/clients/${client.clientId}/summary`, token)).json;
    for (const amount of amountsIn(text)) expect(figuresOf(summary)).toContain(amount);
  }, 60_000);

  it("records a promise to pay through the form", async () => {
    const email = sample("promise");
    const client = await clientOf(email.from!.email);
    await selectAndTime(page, email.subject, client.name);
    const available = await routeExists(stack, token, `/clients/${client.clientId}/promises`);
    await page.getByRole("button", { name: "Record a promise to pay" }).click();
    const form = page.getByRole("form", { name: "Record a promise to pay" });
    await form.getByLabel("Amount").fill("1,250.00");
    await form.getByLabel("Promised payment date").fill(addDays(localToday(), 7));
    await form.getByRole("button", { name: "Save" }).click();
    if (!available) {
      await form.getByText("Not available yet").waitFor({ timeout: 10_000 });
      return;
    }
    await form.getByText("Saved to the client's history.").waitFor({ timeout: 10_000 });
    const state = (await stack.call("GET", `/clients/${client.clientId}/state`, token)).json;
    expect(state.promises).toEqual(expect.arrayContaining([expect.objectContaining({ amountMinor: 125000 })]));
  }, 60_000);

  it("reads what the email says, with the quoted evidence, and records it in one click", async () => {
    const email = sample("hardship");
    const client = await clientOf(email.from!.email);
    await selectAndTime(page, email.subject, client.name);
    const region = page.getByRole("region", { name: "About this email" });
    const classified = await stack.call("POST", "/messages/classify", token, {
      from: email.from!.email,
      subject: email.subject,
      body: email.body,
    });
    if (classified.status !== 200) {
      await region.getByText("Not available yet").waitFor({ timeout: 10_000 });
      return;
    }
    await region.getByText(`“${classified.json.evidence}”`).waitFor({ timeout: 10_000 });
    await region.getByRole("button", { name: "Record" }).click();
    await region.getByText(/Recorded in the client's history/).waitFor({ timeout: 10_000 });
    const summary = (await stack.call("GET", `/clients/${client.clientId}/summary`, token)).json;
    expect(summary.recentInteractions[0].kind).toBe(classified.json.kind);
  }, 60_000);

  it("offers the picker for several matches and the link flow for an unknown sender", async () => {
    await page.getByRole("button", { name: sample("several").subject, exact: true }).click();
    await page.getByText("2 clients match this email").waitFor({ timeout: 10_000 });
    await page.getByRole("button", { name: sample("unknown").subject, exact: true }).click();
    await page.getByText("No client matches this sender").waitFor({ timeout: 10_000 });
  });

  it("lists the review queue a daily run made, with its count and names, opens an email in Outlook and a letter as PDF", async () => {
    const run = await stack.call("POST", "/sequences/run", await stack.tokenFor("u-whitfield"), {});
    expect(run.status).toBe(200);
    // The preview's specialist, as the pane signs in: compare the pane with what the API gives them.
    const specialist = await page.evaluate(
      async () => (await (await fetch("/dev/token?role=specialist")).json()).token as string,
    );
    type Listed = { clientId: string; clientName: string; channel: string; location: string; subject: string };
    const drafts = (await stack.call("GET", "/drafts", specialist)).json as Listed[];
    const tasks = (await stack.call("GET", "/tasks", specialist)).json as { clientName?: string }[];
    const waiting = drafts.length + tasks.length;
    // The badge's count route agrees with the lists, without shipping a draft.
    expect((await stack.call("GET", "/queue/summary", specialist)).json).toEqual({
      drafts: drafts.length,
      tasks: tasks.length,
      total: waiting,
    });
    if (waiting === 0) {
      console.log("task pane e2e: the daily run left nothing for the preview's specialist; queue not checked");
      return;
    }
    // The pane reads no client summary to show the queue: names and invoices come with the items.
    const summaryReads: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (/\/api\/clients\/[^/]+\/summary/.test(r.url())) summaryReads.push(r.url());
    };
    page.on("request", onRequest);
    await page.getByRole("tab", { name: /^Review queue/ }).click();
    // Opening the queue reads it again: the count now includes what the run made.
    await page.getByRole("tab", { name: `Review queue, ${waiting} waiting` }).waitFor({ timeout: 15_000 });
    const queue = page.getByRole("region", { name: "Review queue" });
    await queue.getByRole("heading", { name: `Drafts to review (${drafts.length})` }).waitFor({ timeout: 15_000 });
    await queue.getByRole("heading", { name: `Tasks (${tasks.length})` }).waitFor();
    const channels = { email: "Email drafts", sms: "SMS drafts", letter: "Letter drafts" } as Record<string, string>;
    for (const [channel, list] of Object.entries(channels)) {
      const expected = drafts.filter((d) => d.channel === channel);
      const items = queue.getByRole("list", { name: list }).locator(":scope > li");
      expect(await items.count(), list).toBe(expected.length);
      if (expected[0])
        await queue
          .getByRole("list", { name: list })
          .getByRole("button", { name: `Open ${expected[0].clientName}`, exact: true })
          .first()
          .waitFor();
    }
    page.off("request", onRequest);
    expect(summaryReads).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.getByRole("region", { name: "Task pane" }).screenshot({ path: `${ARTIFACTS}/taskpane-queue.png` });

    // A queued email opens as a new message in "Outlook" (the preview's mock mailbox, Mailbox 1.6).
    const email = drafts.find((d) => d.channel === "email" && d.location === "queue");
    if (email) {
      await queue
        .getByRole("button", { name: `Open in Outlook for ${email.clientName}` })
        .first()
        .click();
      const opened = page.getByRole("region", { name: "New message (mock)" });
      await opened.getByText(/^To: /).waitFor({ timeout: 10_000 });
      expect(await opened.textContent()).toContain(email.subject);
      await queue
        .getByText(/Opened as a new message in Outlook/)
        .first()
        .waitFor();
    } else console.log("task pane e2e: no queued email for the preview's specialist; Open in Outlook not checked");

    // Letters wait for a person who may approve them: open one as PDF signed in as the manager.
    const roles = page.getByLabel("Signed in as");
    await roles.selectOption({ label: "Manager" });
    const manager = await page.evaluate(
      async () => (await (await fetch("/dev/token?role=manager")).json()).token as string,
    );
    const letters = ((await stack.call("GET", "/drafts", manager)).json as Listed[]).filter(
      (d) => d.channel === "letter",
    );
    if (letters.length > 0) {
      await page.getByRole("tab", { name: /^Review queue/ }).click();
      const name = letters[0]!.clientName;
      const button = queue.getByRole("button", { name: `Open PDF for ${name}` }).first();
      await button.waitFor({ timeout: 15_000 });
      const [popup] = await Promise.all([page.waitForEvent("popup", { timeout: 15_000 }), button.click()]);
      expect(popup.url()).toMatch(/^blob:https:\/\/localhost/);
      await popup.close();
    } else console.log("task pane e2e: the daily run made no letters; Open PDF not checked");
    await roles.selectOption({ label: "Specialist" });
    await page.getByRole("tab", { name: "This email" }).click();
  }, 120_000);

  it("takes screenshots at 800 px and 320 px, and never leaves localhost", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const email = sample("promise");
    const client = await clientOf(email.from!.email);
    await selectAndTime(page, email.subject, client.name);
    if (await routeExists(stack, token, `/clients/${client.clientId}/drafts`)) {
      await page.getByRole("button", { name: "Draft reply" }).click();
      await page.getByRole("region", { name: "Reply draft" }).waitFor({ timeout: 15_000 });
    }
    for (const width of [800, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${ARTIFACTS}/taskpane-preview-${width}.png`, fullPage: true });
      await page.getByRole("region", { name: "Task pane" }).screenshot({ path: `${ARTIFACTS}/taskpane-${width}.png` });
    }
    // Dark and high contrast, at the narrowest width, to judge contrast and layout by eye.
    for (const theme of ["Dark", "High contrast"]) {
      await page.getByLabel("Theme").selectOption({ label: theme });
      await page.waitForTimeout(200);
      const name = theme.toLowerCase().replace(" ", "-");
      await page
        .getByRole("region", { name: "Task pane" })
        .screenshot({ path: `${ARTIFACTS}/taskpane-320-${name}.png` });
    }
    await page.getByLabel("Theme").selectOption({ label: "Light" });
    const scrollWidth = await page
      .getByRole("region", { name: "Task pane" })
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scrollWidth.scroll).toBeLessThanOrEqual(scrollWidth.client + 1);
    expect([...new Set(outside)]).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
