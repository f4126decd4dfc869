/**
 * The component for each view. The portfolio (the first view) is in the page's first bundle; the
 * others load when first opened, so a manager's first figures do not wait for the editors' code.
 */
import { lazy, Suspense } from "react";
import { Loading } from "../common/Loaded";
import { PortfolioView } from "../portfolio/PortfolioView";
import type { View } from "./views";

const InventoryView = lazy(() => import("../inventory/InventoryView").then((m) => ({ default: m.InventoryView })));
const ActivityView = lazy(() => import("../activity/ActivityView").then((m) => ({ default: m.ActivityView })));
const EscalationsView = lazy(() =>
  import("../escalations/EscalationsView").then((m) => ({ default: m.EscalationsView })),
);
const BaselineView = lazy(() => import("../baseline/BaselineView").then((m) => ({ default: m.BaselineView })));
const CampaignsView = lazy(() => import("../campaigns/CampaignsView").then((m) => ({ default: m.CampaignsView })));
const ModelView = lazy(() => import("../model/ModelView").then((m) => ({ default: m.ModelView })));
const ConfigView = lazy(() => import("../config/ConfigView").then((m) => ({ default: m.ConfigView })));

function body(view: View) {
  switch (view) {
    case "portfolio":
      return <PortfolioView />;
    case "inventory":
      return <InventoryView />;
    case "activity":
      return <ActivityView />;
    case "escalations":
      return <EscalationsView />;
    case "baseline":
      return <BaselineView />;
    case "campaigns":
      return <CampaignsView />;
    case "model":
      return <ModelView />;
    case "config":
      return <ConfigView />;
  }
}

export function renderView(view: View) {
  return <Suspense fallback={<Loading />}>{body(view)}</Suspense>;
}
