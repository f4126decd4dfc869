/**
 * SMS length as carriers count it. Text that fits the GSM 03.38 alphabet costs 160 characters in
 * one message or 153 per part when split (extension characters such as "€" count twice); any
 * other character switches the whole message to UCS-2: 70 in one message, 67 per part.
 */

const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENSION = "^{}\\[~]|€\f";

/** Most parts a Nudge SMS may take; longer texts are refused. */
export const MAX_SMS_SEGMENTS = 3;

export interface SmsLength {
  encoding: "GSM-7" | "UCS-2";
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  perSegment: number;
}

export function smsLength(text: string): SmsLength {
  let units = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) units += 1;
    else if (GSM_EXTENSION.includes(ch)) units += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) {
    const perSegment = units <= 160 ? 160 : 153;
    return { encoding: "GSM-7", units, segments: Math.max(1, Math.ceil(units / perSegment)), perSegment };
  }
  const codeUnits = text.length;
  const perSegment = codeUnits <= 70 ? 70 : 67;
  return { encoding: "UCS-2", units: codeUnits, segments: Math.max(1, Math.ceil(codeUnits / perSegment)), perSegment };
}
