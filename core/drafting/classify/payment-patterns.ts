/**
 * Phrases for replies about a payment already made or announced (paid, remittance advice, scheduled
 * payment). Tense and dates in a sentence are read by `signals.ts`; these are the fixed phrases.
 */
export interface Pattern {
  re: RegExp;
  weight: number;
}

export const p = (weight: number, source: string): Pattern => ({ re: new RegExp(source, "iu"), weight });

export const PAYMENT_PATTERNS: Record<"paid" | "remittance" | "promise", Pattern[]> = {
  paid: [
    p(
      3,
      "\\balready (?:been )?paid\\b|\\b(?:was|has been) paid\\b|\\bpaid in full\\b|\\bpayment (?:was|has been) (?:made|sent|processed|released)|\\bcheck (?:was )?(?:mailed|sent)",
    ),
    p(
      3,
      "ya (?:fue|ha sido|está) pagad[oa]|ya (?:la )?pagamos|hemos pagado|ya (?:realizamos|hicimos) (?:el|la) (?:pago|transferencia)",
    ),
    p(
      3,
      "déjà (?:été )?(?:payée?|réglée?)|avons (?:payé|réglé)|(?:paiement|virement|règlement) a été (?:effectué|envoyé)",
    ),
    p(
      3,
      "bereits .{0,30}?(?:bezahlt|überwiesen|beglichen)|wurde (?:bereits )?(?:bezahlt|überwiesen)|haben .{0,30}?(?:bezahlt|überwiesen)",
    ),
    p(3, "już (?:opłacon|zapłacon)\\p{L}*|została (?:już )?(?:opłacona|zapłacona)|zapłaciliśmy|wysłaliśmy|przelaliśmy"),
  ],
  remittance: [
    p(
      3,
      "remittance(?: advice)?|payment (?:advice|notification|confirmation|details)|has sent you a payment|payment amount:|proof of payment|wire confirmation",
    ),
    p(3, "justificante (?:de|del) (?:la )?(?:transferencia|pago)|aviso de pago|comprobante de (?:pago|transferencia)"),
    p(3, "avis de (?:virement|paiement)|justificatif de (?:virement|paiement)|preuve de paiement"),
    p(3, "zahlungsavis|überweisungsbeleg|zahlungsbestätigung"),
    p(3, "potwierdzenie (?:przelewu|płatności)|dowód (?:wpłaty|przelewu)"),
  ],
  promise: [
    p(2, "\\bpayment (?:is |has been )?scheduled\\b|\\bwill be (?:paid|sent|processed|wired|released|made)\\b"),
  ],
};
