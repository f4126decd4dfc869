import type { Configuration } from "webpack";
export const PAGES: Record<string, { entry: string; title: string; officeJs: "cdn" | "local" | "none" }>;
declare const makeConfig: (env?: Record<string, unknown>, argv?: { mode?: string }) => Configuration;
export default makeConfig;
