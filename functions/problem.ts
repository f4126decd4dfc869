/**
 * The HTTP error boundary: maps a domain failure code to an RFC 9457 problem+json response. No stack
 * trace or internal message ever reaches the client for an unexpected error.
 */
import { ErrorCodes, type Failure } from "../core/errors/codes";
import type { HttpResponseInit } from "./azure";

export function problem(failure: Failure, instance?: string): HttpResponseInit {
  const entry = ErrorCodes[failure.code];
  return {
    status: entry.status,
    headers: { "content-type": "application/problem+json" },
    jsonBody: {
      type: `https://nudge.dev/problems/${failure.code.toLowerCase().replace(/_/g, "-")}`,
      title: entry.title,
      status: entry.status,
      code: failure.code,
      detail: failure.message,
      ...(failure.details === undefined ? {} : { errors: failure.details }),
      ...(instance ? { instance } : {}),
    },
  };
}

export function unexpected(invocationId: string): HttpResponseInit {
  return {
    status: 500,
    headers: { "content-type": "application/problem+json" },
    jsonBody: {
      type: "https://nudge.dev/problems/internal",
      title: "Something went wrong on our side",
      status: 500,
      detail: `The error was logged with reference ${invocationId}.`,
    },
  };
}
