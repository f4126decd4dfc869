import { getModelCard } from "../core/usecases/model-card";
import { defineRoute } from "./http";

/** The model card for managers: version in service, data window, holdout metrics vs the naive baseline, indicators. */
defineRoute("model-get", { route: "model", methods: ["GET"], roles: ["manager", "admin"] }, async (ctx) =>
  getModelCard(ctx.store, ctx.principal),
);
