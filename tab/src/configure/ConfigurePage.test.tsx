// @vitest-environment jsdom
import { webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { TabSettings } from "../host/host";
import { setupDom } from "../../../web-shared/test-support/dom";
import { ConfigurePage, tabSettings } from "./ConfigurePage";

setupDom();

describe("ConfigurePage", () => {
  it("gives Teams the content URL of the view picked for the channel tab", async () => {
    let settings: (() => TabSettings) | undefined;
    const host = {
      inTeams: true,
      theme: "default" as const,
      teams: {
        onThemeChange: () => undefined,
        configure: (s: () => TabSettings) => {
          settings = s;
        },
      },
    };
    render(<ConfigurePage theme={webLightTheme} host={host} origin="https://nudge.example.com" />);
    expect(await screen.findByRole("heading", { name: "Add the Nudge dashboard to this channel" })).toBeTruthy();
    expect(settings?.().contentUrl).toBe("https://nudge.example.com/dashboard.html?view=portfolio");
    fireEvent.change(screen.getByLabelText("Open on"), { target: { value: "escalations" } });
    expect(settings?.()).toEqual(tabSettings("https://nudge.example.com", "escalations", "Escalations"));
    expect(settings?.().entityId).toBe("nudge-dashboard-escalations");
  });
});
