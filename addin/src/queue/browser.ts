/**
 * The two browser facilities the review queue hands work to: the clipboard (a queued email or SMS
 * to paste where it is sent) and a new window for a file fetched with the signed-in token (the pane
 * cannot navigate to an authenticated URL, so the PDF is opened from a blob URL).
 */

/** Copies the text, with its HTML beside it when the browser takes both (Outlook keeps the formatting). */
export async function copyToClipboard(text: string, html?: string): Promise<boolean> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  try {
    if (html && clipboard?.write && typeof ClipboardItem !== "undefined") {
      await clipboard.write([
        new ClipboardItem({
          "text/plain": new Blob([text], { type: "text/plain" }),
          "text/html": new Blob([html], { type: "text/html" }),
        }),
      ]);
      return true;
    }
    if (clipboard?.writeText) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, the frame is not focused): the caller shows the text to copy by hand.
  }
  return false;
}

/** How long a blob URL opened in a new window is kept before it is released. */
const OPENED_URL_LIFETIME_MS = 60_000;

/**
 * Opens the file in a new window. `opened: false` when the browser refused the window (popup
 * blocking after an await): the caller offers `url` as a link, and releases it with `release`.
 */
export function openFile(blob: Blob): { opened: boolean; url: string; release: () => void } {
  const url = URL.createObjectURL(blob);
  const release = () => URL.revokeObjectURL(url);
  // No "noopener": with it window.open always answers null, and a refusal could not be told apart.
  const opened = Boolean(window.open(url, "_blank"));
  if (opened) setTimeout(release, OPENED_URL_LIFETIME_MS);
  return { opened, url, release };
}
