// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { WorkflowConfig } from "../api/types";
import { setupDom } from "../../../web-shared/test-support/dom";
import { agingByClient, workflowConfig } from "../test-support/fixtures";
import { Fail } from "../test-support/fake-http";
import { ADMIN, MANAGER, renderView } from "../test-support/render";
import { ConfigView } from "./ConfigView";

setupDom();

const impact = {
  asOf: "2026-11-23",
  invoicesChecked: 3,
  affectedInvoices: 1,
  affectedAccounts: 1,
  truncated: false,
  baseVersion: 3,
  sections: ["sequences"],
  accounts: [
    {
      clientId: "CL-1",
      name: "Northwind Traders",
      balanceMinor: 300_000,
      currency: "USD",
      invoices: 1,
      changed: ["next"],
      example: {
        invoiceId: "I-2",
        number: "I-2",
        before: {
          sequenceId: "standard",
          dueDate: "2026-11-19",
          current: null,
          next: {
            stepId: "+7",
            label: "Reminder",
            date: "2026-11-26",
            channel: "email",
            tone: "friendly",
            templateId: "reminder",
            needsApproval: false,
          },
        },
        after: {
          sequenceId: "standard",
          dueDate: "2026-11-19",
          current: null,
          next: {
            stepId: "+7",
            label: "Reminder",
            date: "2026-11-25",
            channel: "email",
            tone: "friendly",
            templateId: "reminder",
            needsApproval: false,
          },
        },
      },
    },
  ],
};

function routes(extra: Record<string, unknown> = {}) {
  const saved: unknown[] = [];
  const dryRuns: WorkflowConfig[] = [];
  return {
    saved,
    dryRuns,
    routes: {
      "GET /config/workflow": workflowConfig(),
      "GET /users": [{ id: "u-whitfield", displayName: "Dana Whitfield", roles: ["manager"] }],
      "POST /config/workflow/dry-run": (body: unknown) => {
        dryRuns.push((body as { config: WorkflowConfig }).config);
        return impact;
      },
      "PUT /config/workflow": (body: unknown) => {
        saved.push(body);
        return { version: 4 };
      },
      "GET /config/workflow/versions": [
        { version: 3, savedBy: "u-morgan", savedAt: "2026-11-20T10:00:00.000Z" },
        { version: 2, savedBy: "u-morgan", savedAt: "2026-11-10T10:00:00.000Z", note: "holidays" },
      ],
      "GET /config/workflow/versions/2": {
        version: 2,
        config: { ...workflowConfig().config, defaultSequenceId: "sensitive" },
      },
      "GET /config/changes": [
        {
          id: "a1",
          at: "2026-11-20T10:00:00.000Z",
          actorId: "u-morgan",
          actorName: "Alex Morgan",
          summary: "Workflow configuration version 3 saved (sequences)",
          section: "workflow: sequences",
          data: {},
          hash: "ab12cd34ef56ab12",
        },
      ],
      "GET /reports/aging": agingByClient(),
      "GET /templates": {
        language: "en",
        variables: { clientName: "Client" },
        templates: [
          {
            id: "builtin:en:reminder:email:friendly",
            purpose: "reminder",
            channel: "email",
            tone: "friendly",
            language: "en",
            subject: "Invoices for {{clientName}}",
            body: "Dear {{contactName}}",
            customized: false,
            builtinSubject: "",
            builtinBody: "",
          },
        ],
      },
      "POST /templates/preview": {
        subject: "Invoices for Northwind Traders",
        text: "Dear Accounts Payable",
        warnings: [],
        html: "",
        facts: [],
      },
      ...extra,
    },
  };
}

describe("ConfigView: sequences", () => {
  it("edits a step, previews its draft, reviews the accounts affected and saves a new version", async () => {
    const r = routes();
    renderView(<ConfigView />, { routes: r.routes, me: ADMIN });
    const step = await screen.findByRole("group", { name: "Step 3: Reminder" });
    fireEvent.change(within(step).getByLabelText("Days from due date"), { target: { value: "6" } });
    fireEvent.click(within(step).getByRole("button", { name: "Preview draft" }));
    fireEvent.click(await within(step).findByRole("button", { name: "Render the draft" }));
    expect(await within(step).findByText("Dear Accounts Payable")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Review and save" }));
    const impactTable = await screen.findByRole("table", { name: "Accounts this change affects" });
    expect(within(impactTable).getByText("Northwind Traders")).toBeTruthy();
    expect(screen.getByText(/1 accounts \(1 of 3 open invoices\)/)).toBeTruthy();
    expect(r.dryRuns[0]!.sequences[0]!.steps[2]!.offsetDays).toBe(6);
    fireEvent.change(screen.getByLabelText("Note for the audit trail"), {
      target: { value: "earlier first reminder" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save as version 4" }));
    await waitFor(() => expect(r.saved).toHaveLength(1));
    expect(r.saved[0]).toMatchObject({ expectedVersion: 3, note: "earlier first reminder" });
    expect(await screen.findByText("Saved as version 4.")).toBeTruthy();
  });

  it("flags a step whose offset does not increase, and refuses to review it", async () => {
    const r = routes();
    renderView(<ConfigView />, { routes: r.routes, me: ADMIN });
    const step = await screen.findByRole("group", { name: "Step 4: Firmer reminder" });
    fireEvent.change(within(step).getByLabelText("Days from due date"), { target: { value: "3" } });
    expect(await within(step).findByText("offsets must increase step by step")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Review and save" }));
    expect(await screen.findByText("Fix these before saving:")).toBeTruthy();
    expect(r.dryRuns).toHaveLength(0);
  });

  it("shows the server's refusal when the review is not accepted", async () => {
    const r = routes({
      "POST /config/workflow/dry-run": new Fail({
        kind: "problem",
        status: 400,
        code: "VALIDATION",
        detail: "rules.0.sequenceId: no sequence x",
      }),
    });
    renderView(<ConfigView />, { routes: r.routes, me: ADMIN });
    const step = await screen.findByRole("group", { name: "Step 1: Friendly notice" });
    fireEvent.change(within(step).getByLabelText("Label"), { target: { value: "Courtesy notice" } });
    fireEvent.click(screen.getByRole("button", { name: "Review and save" }));
    expect((await screen.findAllByText(/no sequence x/)).length).toBeGreaterThan(0);
  });
});

describe("ConfigView: other sections", () => {
  it("edits terms, guardrails and authority into the same reviewed draft", async () => {
    const r = routes();
    renderView(<ConfigView />, { routes: r.routes, me: ADMIN });
    await screen.findByRole("group", { name: /Step 1/ });
    fireEvent.click(screen.getByRole("tab", { name: "Payment terms" }));
    fireEvent.change(screen.getByLabelText("Default terms: Kind"), { target: { value: "net" } });
    expect(await screen.findByText(/falls due on Dec 15, 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Send guardrails" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Friday" }));
    fireEvent.click(screen.getByRole("tab", { name: "Delegated authority" }));
    fireEvent.change(screen.getByLabelText("Write-off: Collector"), { target: { value: "amount" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Dana Whitfield" }));
    fireEvent.click(screen.getByRole("button", { name: "Review and save" }));
    await waitFor(() => expect(r.dryRuns).toHaveLength(1));
    const sent = r.dryRuns[0]!;
    expect(sent.terms.default).toEqual({ kind: "net", days: 30 });
    expect(sent.guardrails.weekendDays).toEqual([0, 5, 6]);
    expect(sent.authority.limits["write-off"].specialist).toBe(100_000);
    expect(sent.authority.committeeIds).toEqual(["u-whitfield"]);
  });

  it("lists versions and the audit trail, and restores an old version into the draft", async () => {
    const r = routes();
    renderView(<ConfigView />, { routes: r.routes, me: ADMIN });
    await screen.findByRole("group", { name: /Step 1/ });
    fireEvent.click(screen.getByRole("tab", { name: "Versions and audit" }));
    const audit = await screen.findByRole("table", { name: "Audit trail of configuration changes" });
    expect(within(audit).getByText("Workflow configuration version 3 saved (sequences)")).toBeTruthy();
    expect(within(audit).getByText("ab12cd34ef56")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Restore version 2" }));
    await screen.findByText("Unsaved changes");
    fireEvent.click(screen.getByRole("button", { name: "Review and save" }));
    await waitFor(() => expect(r.dryRuns[0]?.defaultSequenceId).toBe("sensitive"));
  });

  it("is not offered to a manager's role, but if shown it is read-only", async () => {
    renderView(<ConfigView />, { routes: routes().routes, me: MANAGER });
    expect(await screen.findByText(/Only administrators can change/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Review and save" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
