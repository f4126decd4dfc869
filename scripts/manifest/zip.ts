// The app package: manifest.json and the icons it names, at the zip root (what Teams and Outlook expect).
import JSZip from "jszip";
import type { Built } from "./pipeline";

// A fixed timestamp keeps the zip byte-identical for identical inputs.
const FIXED_DATE = new Date("2024-01-01T00:00:00Z");

export async function zipPackage(built: Built): Promise<Buffer> {
  if (!built.manifest || built.problems.length > 0) throw new Error(`refusing to package an invalid manifest`);
  const zip = new JSZip();
  zip.file("manifest.json", `${JSON.stringify(built.manifest, null, 2)}\n`, { date: FIXED_DATE });
  for (const [name, bytes] of Object.entries(built.iconFiles)) {
    if (bytes) zip.file(name, bytes, { date: FIXED_DATE });
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
