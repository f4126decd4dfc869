// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TEMPLATE_VARIABLES } from "../../../core/drafting/template-engine";
import { setupDom } from "../../../web-shared/test-support/dom";
import { agingByClient } from "../test-support/fixtures";
import { ADMIN, renderView } from "../test-support/render";
import { TemplatesEditor } from "./TemplatesEditor";

setupDom();

const entry = {
  id: "builtin:en:reminder:email:firm",
  purpose: "reminder",
  channel: "email",
  tone: "firm",
  language: "en",
  subject: "Overdue invoices for {{clientName}}",
  body: "Dear {{contactName}},\n\n{{invoiceTable}}\n\nKind regards",
  customized: false,
  builtinSubject: "Overdue invoices for {{clientName}}",
  builtinBody: "Dear {{contactName}},\n\n{{invoiceTable}}\n\nKind regards",
};

function routes() {
  const previews: unknown[] = [];
  const saves: unknown[] = [];
  return {
    previews,
    saves,
    routes: {
      "GET /templates": { language: "en", variables: TEMPLATE_VARIABLES, templates: [entry] },
      "GET /templates/versions": [
        {
          templateId: entry.id,
          version: 1,
          subject: "Old subject {{clientName}}",
          body: "Old body",
          savedBy: "u-morgan",
          savedAt: "2026-11-01T09:00:00.000Z",
        },
      ],
      "GET /reports/aging": agingByClient(),
      "POST /templates/preview": (body: unknown) => {
        previews.push(body);
        return {
          subject: "Overdue invoices for Northwind Traders",
          text: "Dear Accounts Payable,\n\nI-1 …",
          warnings: [],
          html: "",
          facts: [],
        };
      },
      "PUT /templates": (body: unknown) => {
        saves.push(body);
        return { ...entry, version: 2 };
      },
    },
  };
}

describe("TemplatesEditor", () => {
  it("checks variables as the administrator types and refuses to save an unknown one", async () => {
    const r = routes();
    renderView(<TemplatesEditor readOnly={false} />, { routes: r.routes, me: ADMIN });
    expect(await screen.findByText(/Every variable is known/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Body"), { target: { value: "Dear {{contactName}}, {{balance}}" } });
    expect(await screen.findByText(/unknown variable \{\{balance\}\}/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Save template" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("previews the edited text with a real client and saves it as a version", async () => {
    const r = routes();
    renderView(<TemplatesEditor readOnly={false} />, { routes: r.routes, me: ADMIN });
    await screen.findByText(/Every variable is known/);
    fireEvent.click(screen.getByRole("button", { name: "Insert {{partnerName}}" }));
    await waitFor(() =>
      expect((screen.getByLabelText("Body") as HTMLTextAreaElement).value).toContain("{{partnerName}}"),
    );
    await waitFor(() =>
      expect((screen.getByLabelText("Client for the preview") as HTMLSelectElement).value).toBe("CL-1"),
    );
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByText("Overdue invoices for Northwind Traders")).toBeTruthy();
    expect(r.previews[0]).toMatchObject({ clientId: "CL-1", purpose: "reminder", channel: "email", tone: "firm" });
    expect((r.previews[0] as { body: string }).body).toContain("{{partnerName}}");
    fireEvent.click(screen.getByRole("button", { name: "Save template" }));
    expect(await screen.findByText("Saved as version 2.")).toBeTruthy();
    expect(r.saves[0]).toMatchObject({ purpose: "reminder", language: "en" });
  });

  it("restores an earlier version into the editor", async () => {
    renderView(<TemplatesEditor readOnly={false} />, { routes: routes().routes, me: ADMIN });
    fireEvent.click(await screen.findByRole("button", { name: "Restore version 1" }));
    await waitFor(() =>
      expect((screen.getByLabelText("Subject") as HTMLInputElement).value).toBe("Old subject {{clientName}}"),
    );
  });
});
