/**
 * Reply phrases per kind for English, Spanish, French, German and Polish. Weights: 3 = the phrase
 * alone decides (an auto-reply header), 2 = a clear signal, 1 = a hint that needs company. All
 * languages are tried on every message: mixed-language replies are common. Payment intent (promise,
 * paid, refusal, inability) is read by `signals.ts` rather than listed phrase by phrase.
 */
import { p, PAYMENT_PATTERNS, type Pattern } from "./payment-patterns";
import type { MessageKind } from "./types";

export type { Pattern };

export const PATTERNS: Record<Exclude<MessageKind, "other">, Pattern[]> = {
  ...PAYMENT_PATTERNS,
  "out-of-office": [
    p(
      3,
      "\\b(?:out of (?:the )?office|automatic reply|auto-?reply|on (?:annual |parental |maternity |sick )?leave|on vacation|on holiday|away from (?:the|my) (?:office|desk))\\b|^(?:away|absent|abwesend|ausente|absent\\p{L}*|nieobecn\\p{L}*)\\s*:|^(?:absence|abwesenheit|ausencia|nieobecność)\\b",
    ),
    p(3, "\\b(?:i am|i'm|je suis|ich bin|estoy|jestem) (?:absent\\p{L}*|away|abwesend|ausente|nieobecn\\p{L}*)"),
    p(
      2,
      "\\b(?:i'?m|i am|will be) (?:away|travel+ing|out)\\b|\\b(?:return|back) (?:on|in the office)\\b|\\blimited access to (?:e-?mail|my email)|\\bwill not be forwarded|\\bchecking (?:e-?mail|messages) (?:intermittently|periodically|occasionally)",
    ),
    p(3, "fuera de (?:la )?oficina|respuesta automática|de vacaciones|estaré (?:ausente|de viaje|fuera)|de baja"),
    p(
      3,
      "\\bsick leave\\b|\\bon (?:a )?business trip\\b|en déplacement|en arrêt maladie|krankgeschrieben|dienstreise|zwolnieniu lekarskim|w delegacji|autoodpowiedź",
    ),
    p(3, "absente? du bureau|réponse automatique|en congés?\\b|je serai absente?"),
    p(2, "de retour (?:le|à partir)|accès limité|acceso limitado al correo|volveré el|regresaré el"),
    p(3, "nicht im büro|abwesenheitsnotiz|automatische antwort|im urlaub|außer haus|nicht erreichbar"),
    p(2, "wieder erreichbar|wieder im büro|keinen zugriff auf (?:meine )?e-?mails"),
    p(3, "poza biurem|automatyczna odpowiedź|na urlopie|jestem nieobecn\\p{L}*"),
    p(2, "ograniczony dostęp do poczty|wracam (?:do pracy )?\\p{L}*|będę dostępn\\p{L}*"),
  ],
  "wrong-contact": [
    p(
      3,
      "\\bno longer (?:with|at|handl\\w*|work\\w*|responsible|in charge|employed)|\\bwrong (?:person|contact|address|department)|not the (?:right|correct|appropriate) (?:person|contact)|\\b(?:has |have )?left the (?:company|firm|organi[sz]ation)|\\bretired\\b|\\bnot (?:in )?(?:payables|accounts payable|finance|billing)\\b",
    ),
    p(
      2,
      "\\bdon'?t (?:work|deal) (?:in|with)|\\bnot responsible for|\\bnot my department|\\bupdate your (?:records|contact)|\\bplease (?:write|send|direct) (?:to|your|this|future)",
    ),
    p(
      1,
      "\\bi'?ve (?:copied|cc'?d)|\\bplease (?:contact|reach out to)|\\bforward(?:ing|ed)? (?:your|this) (?:note|email|message)",
    ),
    p(3, "ya no (?:trabaja|trabajo|está|estoy|soy|es)|persona equivocada|no soy la persona|dejó la empresa|se jubiló"),
    p(1, "contacten con|diríjanse a|escriban a"),
    p(
      3,
      "ne (?:suis|fait) plus partie|ne (?:suis|travaille) plus|n'est plus|a quitté (?:l'entreprise|la société|le cabinet)|mauvais (?:destinataire|interlocuteur)|partie? à la retraite",
    ),
    p(1, "merci de contacter|adressez-vous|merci d'écrire"),
    p(
      3,
      "nicht mehr (?:für|bei|zuständig|im unternehmen|in der firma|tätig)|ausgeschieden|falsche[rn]? (?:ansprechpartner|person|adresse)|nicht zuständig|im ruhestand",
    ),
    p(1, "wenden sie sich an|schreiben sie an"),
    p(
      3,
      "nie zajmuję się już|nie pracuj\\p{L}* już|już nie pracuj\\p{L}*|niewłaściw\\p{L}* (?:osob|adres)|odszedł|odeszła|na emeryturze",
    ),
    p(1, "proszę (?:się )?kontaktować|proszę (?:zwrócić|pisać)"),
  ],
  dispute: [
    p(
      3,
      "\\b(?:dispute|disputing|contest(?:ing)?)\\b|\\bdisagree\\b|\\b(?:billed|charged) twice\\b|\\bdouble[- ]billed\\b|\\bnot authori[sz]ed\\b|\\boverbill|\\bovercharg|\\bexcessive\\b|\\bnever (?:ordered|requested|agreed|approved)\\b",
    ),
    p(
      2,
      "\\b(?:incorrect|inaccurate|wrong amount|error|mistake|duplicate|corrected invoice|revised (?:invoice|version)|credit note|rejected|not reflect|discount|written down|write[- ]down|surprised|not agreed|(?:does not|doesn't|do not|don't) match|cancell?ed|extra charges|(?:do not|don't|not something we) accept)\\b|have not received (?:this|the) invoice|(?:above|beyond|exceeds?) (?:the |what (?:was|we) )?(?:estimate|budget|cap|quoted|agreed)",
    ),
    p(
      3,
      "no estamos de acuerdo|disconformidad|facturad[oa]s? dos veces|no (?:fueron|fue) (?:autorizad|solicitad)|impugnamos|reclamamos",
    ),
    p(
      2,
      "incorrect[oa]|error|equivocad[oa]|duplicad[oa]|reclamación|rechazad[oa]|nota de crédito|superan? el presupuesto|no (?:solicitamos|pedimos)|no (?:fueron|fue|han sido) acordad\\p{L}*|no corresponde|rectificativa|no reconocemos|cancelad[oa]|se canceló",
    ),
    p(3, "contest(?:ons|e)\\b|désaccord|facturée? deux fois|jamais (?:été )?command\\p{L}*|non autorisée?s?"),
    p(
      2,
      "erreur|erroné|incorrecte?|doublon|avoir|dépass\\p{L}*|pas été (?:réalisée?|effectuée?)|le détail des heures|ne correspond pas|pas convenu|rectifiée|pas d'accord|ne reconnaissons pas|annulée?s?",
    ),
    p(
      3,
      "widersprech\\p{L}*|widerspruch|bestreiten|doppelt (?:berechnet|abgerechnet)|nicht (?:freigegeben|beauftragt|autorisiert|bestellt)|nie bestellt",
    ),
    p(
      2,
      "fehlerhaft|falsch|gutschrift|reklamation|korrigierte rechnung|korrigieren|stornieren|überhöht|entspricht nicht|nicht vereinbart|nie erbracht|storniert|erkennen .{0,30}nicht an",
    ),
    p(
      3,
      "kwestionuj\\p{L}*|nie zgadza(?:m|my)|nie zostały zatwierdzone|nie zamawia\\p{L}*|zafakturowano podwójnie|nie została wykonana",
    ),
    p(
      2,
      "błąd|błędn\\p{L}*|korekt\\p{L}*|korygując\\p{L}*|reklamacj\\p{L}*|niezgodn\\p{L}*|nie uzgodnion\\p{L}*|zawyżon\\p{L}*|nie zgadza się|nie uznaj\\p{L}*|anulowan\\p{L}*",
    ),
  ],
  hardship: [
    p(
      3,
      "cash[- ]?flow|financial (?:difficult\\w*|hardship|trouble|problems|situation)|can'?t afford|cannot afford|\\bstruggling\\b|lost (?:my|our) (?:job|biggest client|main (?:client|contract|customer))|losing our (?:main|biggest)|\\bunemploy|bankrupt|insolven",
    ),
    p(
      2,
      "payment plan|\\binstal?lments?\\b|monthly payments|split (?:the|our)? ?(?:balance|payment|amount)|more time|\\b(?:really |very )?tight\\b|business has been (?:very )?slow|can(?:'t|not) pay the full|flexibility|(?:bad|tough|terrible|difficult) (?:quarter|year|month)|bank line|liquidity|passed away|bereavement|sort out (?:our|my) finances|need (?:some )?(?:more )?time",
    ),
    p(
      3,
      "dificultades (?:económicas|financieras)|problemas (?:económicos|financieros|de liquidez)|sin trabajo|desemplead|concurso de acreedores|situación (?:de la empresa )?(?:es )?(?:complicada|difícil)",
    ),
    p(
      2,
      "plan de pagos|a plazos|en (?:\\p{L}+ )?cuotas|más tiempo|fraccionar|liquidez|(?:año|mes|trimestre) muy malo|en concurso|aplazar|aplazamiento",
    ),
    p(
      3,
      "difficultés (?:financières|de trésorerie)|problèmes de trésorerie|perdu (?:mon|notre) (?:emploi|travail|principal client)|chômage|redressement judiciaire",
    ),
    p(
      2,
      "étaler|échéancier|en (?:deux|trois|quatre|plusieurs|\\d) fois|plus de temps|délai de paiement|trésorerie (?:est )?(?:très )?tendue|liquidité|reporter (?:le )?paiement",
    ),
    p(
      3,
      "finanziellen? schwierigkeiten|zahlungsschwierigkeiten|liquiditätsengp\\p{L}*|zahlungsausfall|arbeitslos|insolvenz",
    ),
    p(
      2,
      "ratenzahlung|in raten|stundung|mehr zeit|zahlungsaufschub|liquidität\\p{L}*|engpass|zahlungsplan|schwierige[n]? (?:phase|lage|zeit)",
    ),
    p(
      3,
      "problemy finansowe|trudności finansowe|trudn\\p{L}* sytuacj\\p{L}*|straciłe[mś] pracę|straciłam pracę|upadłoś\\p{L}*",
    ),
    p(
      2,
      "w ratach|na raty|rozłoż\\p{L}*|odroczeni\\p{L}*|więcej czasu|płynnoś\\p{L}*|na (?:dwie|trzy|cztery) części|nie mam przychodów|brak przychodów",
    ),
  ],
  question: [
    p(1, "\\?"),
    p(
      2,
      "\\b(?:could|can|would) you (?:please )?(?:send|provide|confirm|tell|let|share)|\\bcopy of (?:the |invoice )|\\bwhat is the|\\bwhich (?:po|invoice|account)|\\bis (?:the|there|it)\\b.*\\?",
    ),
    p(1, "¿"),
    p(2, "podrían (?:enviar|mandar|indicar)|copia de la factura"),
    p(2, "pourriez-vous|pouvez-vous|copie de la facture"),
    p(2, "könnten sie|können sie (?:uns|mir)|kopie der rechnung"),
    p(2, "czy mogą państwo|czy może pan|kopię faktury"),
  ],
};

/** Acknowledgements with no request: "received, passing it on". */
export const ACKNOWLEDGEMENTS =
  /\b(?:received|noted|passed (?:this|it) on|forwarded)\b|recibido|lo paso|bien reçu|je transmets|erhalten|leite es|otrzymał\p{L}*|przekażę/iu;
