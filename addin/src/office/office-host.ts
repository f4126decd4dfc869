/**
 * Starting inside Office: waits for office.js, then hands back the mailbox adapter, the theme
 * family and the display language. Outside Outlook (office.js loaded in a plain browser) there is
 * no mailbox, and the task pane says so instead of failing.
 */
import type { ThemeFamily } from "../app/theme";
import type { OfficeMailbox } from "./mailbox";
import type { OfficeLike } from "./office-api";
import { createOfficeMailbox } from "./office-mailbox";

interface OfficeGlobal extends OfficeLike {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
}

/** Dark when Office says so, or when the body background is dark (older hosts have no themeId). */
export function themeFamilyOf(office: Pick<OfficeLike, "context">): ThemeFamily {
  const theme = office.context.officeTheme;
  if (theme?.themeId && /black|dark/i.test(String(theme.themeId))) return "dark";
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return "light";
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  return luminance < 0.5 ? "dark" : "light";
}

export async function startInOffice(): Promise<{
  mailbox: OfficeMailbox | null;
  theme: ThemeFamily;
  language: string;
}> {
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  if (!office) return { mailbox: null, theme: "light", language: "en-US" };
  const info = await office.onReady();
  const inOutlook = info.host === "Outlook" && Boolean(office.context?.mailbox);
  return {
    mailbox: inOutlook ? createOfficeMailbox(office) : null,
    theme: inOutlook ? themeFamilyOf(office) : "light",
    language: office.context?.displayLanguage ?? "en-US",
  };
}
