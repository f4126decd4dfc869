/**
 * Payment intent in a sentence, in any of the five languages: does it talk about paying, and is the
 * payment in the future (a promise), in the past (paid), refused (a dispute) or impossible (hardship)?
 * Tense words and the dates in the sentence (after or before `asOf`) decide the direction.
 */
import type { IsoDate } from "../../domain/types";
import { datesIn, moneyIn } from "./extract";

const B = "(?<![\\p{L}'])";
const re = (source: string) => new RegExp(source, "giu");

const PAY = re(
  `${B}(?:pay|paying|paid|payment|payments|wire|wired|transfer\\p{L}*|remit\\p{L}*|settle\\p{L}*|check|cheque|ach|funds|pag[aoóu]\\p{L}*|transferencia|abon\\p{L}*|liquid\\p{L}*|paiement|pai\\p{L}*|pay[eé]\\p{L}*|r[eéè]gl\\p{L}*|process\\p{L}*|virement|zahl\\p{L}*|bezahl\\p{L}*|überweis\\p{L}*|begleich\\p{L}*|beglich\\p{L}*|płatnoś\\p{L}*|płac\\p{L}*|zapłac\\p{L}*|przelew\\p{L}*|przela\\p{L}*|przelej\\p{L}*|wpłac\\p{L}*|wpłat\\p{L}*|ureguluj\\p{L}*|kwot\\p{L}*)`,
);
const FUTURE = re(
  `(?:'ll|${B}(?:will|shall|going to|plan(?:ning)? to|expect(?:ing)? to|intend to|scheduled|queued|lined up|upcoming|programad\\p{L}*|programmé\\p{L}*|eingeplant|vorgemerkt|zaplanowan\\p{L}*|\\p{L}+(?:aremos|eremos|iremos|ará|erá|irá)|haremos|vamos a|próxim\\p{L}*|\\p{L}+(?:erons|rons)|sera|allons|partira|prochain\\p{L}*|werden|wird|geht|raus(?:gehen)?|nächste\\p{L}*|kommende\\p{L}*|zostanie|zostaną|\\p{L}+(?:lejemy|acimy|łacimy|ślemy|ujemy)|przyszł\\p{L}*))(?![\\p{L}])`,
);
const PAST = re(
  `${B}(?:paid|sent|went out|was|were|has been|have been|already|ago|last|transferred|wired|mailed|processed|ya|pasad\\p{L}*|realizamos|hicimos|enviamos|transferimos|hemos|fue|déjà|dernier|a été|avons|envoyé\\p{L}*|effectué\\p{L}*|parti|bereits|schon|letzte\\p{L}*|wurde|ist raus|już|ostatni\\p{L}*|zeszł\\p{L}*|\\p{L}+liśmy|została|zostały|został|went|gone|poszedł|poszła|poszło|\\p{L}*gegangen|se hizo|salió|est parti\\p{L}*)(?![\\p{L}])`,
);
const REFUSAL = re(
  `${B}(?:won'?t|will not|not paying|werden(?: \\p{L}+){0,4} nicht|not going to pay|refus\\p{L}*|decline to pay|on hold|no pagaremos|no vamos a pagar|nos negamos|ne (?:paierons|réglerons|payerons) pas|werden nicht|zahlen (?:wir )?nicht|verweiger\\p{L}*|nie zapłacimy|nie zapłacę|odmawiamy|odmówimy|wstrzymujemy)`,
);
/** Payment that waits for the firm to fix something: "once you resubmit", "upon receipt of the corrected invoice". */
const CONDITION = re(
  `${B}(?:once you|after you|when you|as soon as you|upon receipt of (?:the|a) (?:corrected|revised|new)|hasta (?:recibir|que (?:nos )?(?:envíen|corrijan))|dès réception (?:de la|d'une) (?:facture )?(?:corrigée|rectifiée)|tant que|sobald sie|nach erhalt (?:der|einer) (?:korrigierten|neuen)|po otrzymaniu (?:korekty|poprawionej))`,
);
/** Hypotheticals: "if we pay this week, is the fee waived?" promises nothing. */
const HYPOTHETICAL = re(`${B}(?:if|si|wenn|falls|jeśli|jeżeli|gdyby)(?![\\p{L}])`);
const INABILITY = re(
  `${B}(?:can'?t|cannot|unable to|not able to|no podemos|no puedo|ne (?:pouvons|peux) pas|nicht in der lage|können (?:wir )?(?:derzeit |momentan |aktuell )?nicht|nie jesteśmy w stanie|nie jestem w stanie|nie możemy|nie mam z czego|nie stać)`,
);

export interface PaymentSignals {
  pay: boolean;
  future: number;
  past: number;
  refusal: boolean;
  inability: boolean;
  conditional: boolean;
  hypothetical: boolean;
}

const count = (r: RegExp, s: string) => (s.match(r) ?? []).length;

export function paymentSignals(sentence: string, asOf: IsoDate): PaymentSignals {
  // "On Friday" could be either way: only dates with a direction of their own say past or future.
  const found = datesIn(sentence, asOf);
  const dates = found.filter((d) => !d.ambiguous);
  const past = count(PAST, sentence) + 2 * dates.filter((d) => d.date < asOf).length;
  // A bare "on Friday" leans to the future unless the sentence is in the past tense.
  const leaning = past === 0 ? found.length - dates.length : 0;
  return {
    pay: count(PAY, sentence) > 0 || moneyIn(sentence, asOf).length > 0,
    future: count(FUTURE, sentence) + 2 * dates.filter((d) => d.date > asOf).length + leaning,
    past,
    refusal: count(REFUSAL, sentence) > 0,
    inability: count(INABILITY, sentence) > 0,
    conditional: count(CONDITION, sentence) > 0,
    hypothetical: count(HYPOTHETICAL, sentence) > 0,
  };
}
