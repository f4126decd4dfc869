/**
 * The one import of the Functions SDK. The package is a CommonJS bundle, so it is imported whole
 * (named ESM imports of its classes fail under Node's ESM loader).
 */
import functions from "@azure/functions";

export const { app, HttpResponse } = functions;
export type { HttpRequest, HttpResponseInit, InvocationContext, Timer } from "@azure/functions";
