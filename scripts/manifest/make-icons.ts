// Draws Nudge's icons (a white "N" on the brand colour) and writes them as PNG files.
// Run once after a design change: `tsx scripts/manifest/make-icons.ts`; the PNGs are committed.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { encodePng } from "./png";

/** Brand colour; the manifest's accentColor uses the same value. */
export const BRAND = { r: 0x0f, g: 0x6c, b: 0xbd };
const SAMPLES = 4; // 4x4 supersampling gives smooth edges without an image library

type Shape = (x: number, y: number) => boolean;

// The glyph in unit coordinates: two bars and a diagonal.
const glyph: Shape = (x, y) => {
  if (y < 0.26 || y > 0.74) return false;
  if ((x >= 0.27 && x <= 0.39) || (x >= 0.61 && x <= 0.73)) return true;
  const t = (y - 0.26) / 0.48; // diagonal runs from the top of the left bar to the bottom of the right bar
  const centre = 0.33 + t * 0.34;
  return Math.abs(x - centre) <= 0.07;
};

const roundedSquare =
  (radius: number): Shape =>
  (x, y) => {
    const dx = Math.max(radius - x, x - (1 - radius), 0);
    const dy = Math.max(radius - y, y - (1 - radius), 0);
    return dx * dx + dy * dy <= radius * radius;
  };

function coverage(size: number, px: number, py: number, shape: Shape): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      if (shape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** Full-colour icon; `background` fills the whole square (Teams colour icon) or a rounded tile (ribbon). */
export function colorIcon(size: number, background: Shape = () => true): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const g = coverage(size, x, y, glyph);
      const i = (y * size + x) * 4;
      rgba[i] = Math.round(BRAND.r + (255 - BRAND.r) * g);
      rgba[i + 1] = Math.round(BRAND.g + (255 - BRAND.g) * g);
      rgba[i + 2] = Math.round(BRAND.b + (255 - BRAND.b) * g);
      rgba[i + 3] = Math.round(255 * coverage(size, x, y, background));
    }
  }
  return rgba;
}

/** Outline icon: white glyph on a transparent background, as Teams requires. */
export function outlineIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      rgba.set([255, 255, 255, Math.round(255 * coverage(size, x, y, glyph))], i);
    }
  }
  return rgba;
}

function write(path: string, size: number, rgba: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, encodePng(size, size, rgba));
  console.log(`wrote ${path} (${size}x${size})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifestDir = join(dirname(fileURLToPath(import.meta.url)), "../../manifest");
  write(join(manifestDir, "icons/color.png"), 192, colorIcon(192));
  write(join(manifestDir, "icons/outline.png"), 32, outlineIcon(32));
  // Ribbon button icons are fetched by Outlook from the task pane host, so they live with the static files.
  for (const size of [16, 32, 80]) {
    write(join(manifestDir, `static/assets/icon-${size}.png`), size, colorIcon(size, roundedSquare(0.18)));
  }
}
