/** The task pane's collaborators, provided once at the root so views stay free of globals. */
import { createServicesContext } from "../../../web-shared/react/services-context";
import type { NudgeApi } from "../api/nudge-api";
import type { OfficeMailbox } from "../office/mailbox";

export interface Services {
  api: NudgeApi;
  /** Null outside Outlook (taskpane.html opened in a browser): the worklist still works. */
  mailbox: OfficeMailbox | null;
  /** Today as the user's calendar sees it (YYYY-MM-DD); forms validate dates against it. */
  today: () => string;
}

export const { ServicesProvider, useServices } = createServicesContext<Services>();
