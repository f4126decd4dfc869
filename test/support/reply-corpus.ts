/** The reply corpus in test/fixtures/replies: per-language sets and the blind sets, flattened. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MessageKind } from "../../core/drafting/classify/types";

export interface CorpusReply {
  id: string;
  set: string;
  language: string;
  asOf: string;
  from: string;
  subject: string;
  body: string;
  expected: { kind: MessageKind; amountMinor?: number; date?: string; invoiceNumbers?: string[] };
}

export const CORPUS_DIR = fileURLToPath(new URL("../fixtures/replies/", import.meta.url));

export function loadCorpus(): CorpusReply[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((file) => {
      const data = JSON.parse(readFileSync(join(CORPUS_DIR, file), "utf8")) as {
        asOf: string;
        language?: string;
        replies: (Omit<CorpusReply, "set" | "asOf" | "language"> & { language?: string })[];
      };
      return data.replies.map((r) => ({
        ...r,
        set: file.replace(/\.json$/, ""),
        asOf: data.asOf,
        language: r.language ?? data.language ?? "en",
      }));
    });
}
