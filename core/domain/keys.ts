/**
 * Natural keys. Re-importing the same row must land on the same record, so ids derive from what the
 * source system calls the object, never from a counter or a random value.
 */
export function invoiceKey(clientId: string, invoiceNumber: string): string {
  return `${clientId}|${normalizeInvoiceNumber(invoiceNumber)}`;
}

/** Invoice numbers compare without surrounding blanks, case, or leading zeros of all-digit numbers. */
export function normalizeInvoiceNumber(invoiceNumber: string): string {
  const trimmed = invoiceNumber.trim().toUpperCase();
  return /^\d+$/.test(trimmed) ? trimmed.replace(/^0+(?=\d)/, "") : trimmed;
}

export function matterKey(clientId: string, matterId: string): string {
  return `${clientId}|${matterId.trim()}`;
}
