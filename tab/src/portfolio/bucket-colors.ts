/** One color per aging bucket, from calm to alarming, taken from the theme so dark and contrast modes follow. */
import { tokens } from "@fluentui/react-components";

export const BUCKET_COLORS: Record<string, string> = {
  current: tokens.colorPaletteGreenBackground3,
  d1_30: tokens.colorPaletteLightGreenBackground3,
  d31_60: tokens.colorPaletteYellowBackground3,
  d61_90: tokens.colorPaletteMarigoldBackground3,
  d91_120: tokens.colorPaletteDarkOrangeBackground3,
  d120_plus: tokens.colorPaletteRedBackground3,
};

export const bucketColor = (id: string) => BUCKET_COLORS[id] ?? tokens.colorNeutralForeground3;
