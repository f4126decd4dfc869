import type { ClientSummary } from "../api/types";

/** What each lazily loaded action form receives from the client view. */
export interface FormProps {
  clientId: string;
  summary: ClientSummary | undefined;
  currency: string;
  onClose: () => void;
}
