/** Spanish built-in templates (usted form, as is usual in business correspondence). */
import type { LanguagePack } from "./pack";

const SIGN = "Atentamente,\n{{senderName}}\n{{firmName}}";

export const es: LanguagePack = {
  language: "es",
  labels: {
    invoice: "Factura",
    dueDate: "Vencimiento",
    balance: "Saldo",
    total: "Total",
    installment: "Plazo",
    date: "Fecha",
  },
  consumerNotice:
    "Aviso: este mensaje se refiere a un saldo por servicios jurídicos. Si no está de acuerdo con la totalidad o parte del mismo, comuníquenoslo por escrito dentro de los treinta días siguientes a su recepción; le enviaremos la verificación y suspenderemos el cobro del importe discutido mientras lo revisamos. Puede pedirnos en cualquier momento que dejemos de contactarle por este motivo.",
  smsOptOut: "Responda BAJA para no recibir más mensajes.",
  replyPrefix: "Re:",
  purposes: {
    reminder: {
      friendly: {
        subject: "Recordatorio: {{totalOutstanding}} pendiente con {{firmName}}",
        body: `Estimado/a {{contactName}}:\n\nEsperamos que se encuentre bien. Le recordamos amablemente que las siguientes facturas de {{clientName}} están pendientes, por un total de {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nSi el pago ya está en camino, le damos las gracias y puede ignorar este mensaje. Si algo no está claro, responda y le ayudaremos.\n\n${SIGN}`,
        sms: "{{firmName}}: le recordamos que hay {{totalOutstanding}} pendiente en su cuenta. ¿Dudas? Responda a este mensaje. {{senderName}}",
      },
      firm: {
        subject: "Pago vencido: {{totalOutstanding}} desde el {{oldestDueDate}}",
        body: `Estimado/a {{contactName}}:\n\nSegún nuestros registros, las facturas siguientes siguen sin pagar, la más antigua desde el {{oldestDueDate}}. El total adeudado es de {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nLe rogamos que realice el pago antes del {{paymentDeadline}} o que nos indique si hay algún problema que debamos resolver antes.\n\n${SIGN}`,
        sms: "{{firmName}}: hay {{totalOutstanding}} vencido en su cuenta. Pague antes del {{paymentDeadline}} o responda para hablarlo. {{senderName}}",
      },
      final: {
        subject: "Último recordatorio: {{totalOutstanding}} vencido",
        body: `Estimado/a {{contactName}}:\n\nA pesar de nuestros recordatorios anteriores, las siguientes facturas siguen pendientes, por un total de {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nLe rogamos que abone el importe íntegro antes del {{paymentDeadline}}. Si no le es posible, póngase en contacto con nosotros antes de esa fecha para buscar una solución; de lo contrario, la cuenta se remitirá a {{partnerName}} para su revisión.\n\n${SIGN}`,
        sms: "{{firmName}}: último recordatorio, {{totalOutstanding}} vencido. Pague antes del {{paymentDeadline}} o llámenos. {{senderName}}",
      },
    },
    reply: {
      friendly: {
        subject: "Su cuenta con {{firmName}}",
        body: `Estimado/a {{contactName}}:\n\nGracias por su mensaje. Tomamos nota y le responderemos en breve si hace falta algo más. Para su referencia, nuestros registros muestran {{totalOutstanding}} pendiente en la cuenta de {{clientName}}:\n\n{{invoiceTable}}\n\nSi ya ha realizado el pago, envíenos el justificante para que podamos aplicarlo a las facturas correctas.\n\n${SIGN}`,
        sms: "{{firmName}}: gracias por su mensaje. Constan {{totalOutstanding}} pendientes; le contactaremos en breve. {{senderName}}",
      },
      firm: {
        subject: "Su cuenta con {{firmName}}",
        body: `Estimado/a {{contactName}}:\n\nGracias por su respuesta. Nuestros registros muestran {{totalOutstanding}} todavía pendiente, la factura más antigua desde el {{oldestDueDate}}:\n\n{{invoiceTable}}\n\nLe rogamos que nos confirme cuándo se realizará el pago o qué lo está impidiendo, para poder resolverlo.\n\n${SIGN}`,
        sms: "{{firmName}}: gracias. Siguen pendientes {{totalOutstanding}}; confirme la fecha de pago. {{senderName}}",
      },
    },
    receipt: {
      friendly: {
        subject: "Gracias por su pago de {{paymentAmount}}",
        body: `Estimado/a {{contactName}}:\n\nGracias: hemos recibido su pago de {{paymentAmount}} el {{paymentDate}} y lo hemos aplicado a su cuenta.\n\nAgradecemos su pronta atención.\n\n${SIGN}`,
        sms: "{{firmName}}: gracias, recibimos su pago de {{paymentAmount}} el {{paymentDate}}. {{senderName}}",
      },
    },
    "plan-offer": {
      friendly: {
        subject: "Un plan de pagos para su cuenta",
        body: `Estimado/a {{contactName}}:\n\nPara facilitarle el pago del saldo pendiente de {{totalOutstanding}}, podemos ofrecerle {{installmentCount}} plazos mensuales:\n\n{{installmentTable}}\n\nSi le parece bien, responda para confirmarlo; el primer plazo, de {{firstInstallmentAmount}}, vencería el {{firstInstallmentDate}}.\n\n${SIGN}`,
        sms: "{{firmName}}: podemos dividir su saldo de {{totalOutstanding}} en plazos mensuales, el primero de {{firstInstallmentAmount}} el {{firstInstallmentDate}}. {{senderName}}",
      },
      firm: {
        subject: "Propuesta de plan de pagos por {{totalOutstanding}}",
        body: `Estimado/a {{contactName}}:\n\nEl saldo de {{totalOutstanding}} está vencido. Para saldarlo, le proponemos {{installmentCount}} plazos mensuales:\n\n{{installmentTable}}\n\nLe rogamos que lo confirme antes del {{firstInstallmentDate}}, fecha en que vence el primer plazo de {{firstInstallmentAmount}}.\n\n${SIGN}`,
        sms: "{{firmName}}: le proponemos pagar {{totalOutstanding}} a plazos, el primero de {{firstInstallmentAmount}} el {{firstInstallmentDate}}. {{senderName}}",
      },
    },
    "partner-letter": {
      firm: {
        subject: "Su cuenta con {{firmName}}",
        body: `Estimado/a {{contactName}}:\n\nLe escribo personalmente en relación con la cuenta de {{clientName}}, ya que valoramos mucho nuestra relación. Las siguientes facturas siguen pendientes, por un total de {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nLe agradecería que organizara el pago antes del {{paymentDeadline}} o que me llamara si hay algo que debamos tratar.\n\nAtentamente,\n{{partnerName}}\n{{firmName}}`,
        sms: "{{partnerName}} ({{firmName}}): ¿podemos hablar de los {{totalOutstanding}} pendientes en su cuenta? Responda o llámeme.",
      },
    },
    "final-demand": {
      final: {
        subject: "Requerimiento final de pago: {{totalOutstanding}}",
        body: `Estimado/a {{contactName}}:\n\nEsta es nuestra última solicitud de pago de las siguientes facturas, por un total de {{totalOutstanding}}:\n\n{{invoiceTable}}\n\nLe rogamos que abone el importe íntegro antes del {{paymentDeadline}}. Si considera que alguna parte no es debida, indíquenoslo antes de esa fecha. Sin pago ni respuesta, la cuenta se remitirá a {{partnerName}}, que decidirá los próximos pasos.\n\n${SIGN}`,
        sms: "{{firmName}}: requerimiento final, {{totalOutstanding}} a pagar antes del {{paymentDeadline}}. Pague o responda. {{senderName}}",
      },
    },
  },
  replies: {
    promise: {
      subject: "Gracias: pago de {{promiseAmount}} a más tardar el {{promiseDate}}",
      body: `Estimado/a {{contactName}}:\n\nGracias por informarnos de que {{clientName}} pagará {{promiseAmount}} a más tardar el {{promiseDate}}. Lo hemos anotado en la cuenta y no enviaremos más recordatorios de pago antes de esa fecha.\n\nSi algo cambia, basta con responder a este correo y buscaremos juntos una solución.\n\n${SIGN}`,
      sms: "{{firmName}}: gracias, hemos anotado su pago de {{promiseAmount}} para el {{promiseDate}}. {{senderName}}",
    },
    dispute: {
      subject: "Su consulta sobre nuestras facturas",
      body: `Estimado/a {{contactName}}:\n\nGracias por comunicarnos su objeción a nuestras facturas. La hemos trasladado a {{partnerName}}, que la revisará y se pondrá en contacto con usted.\n\nMientras dure la revisión, hemos suspendido los recordatorios de pago sobre las facturas afectadas. Si desea que tengamos en cuenta algo más, basta con responder a este correo.\n\n${SIGN}`,
      sms: "{{firmName}}: gracias, hemos trasladado su consulta a {{partnerName}} y suspendido los recordatorios mientras la revisa. {{senderName}}",
    },
    hardship: {
      subject: "Un plan de pagos para su cuenta",
      body: `Estimado/a {{contactName}}:\n\nGracias por explicarnos su situación. Lo entendemos y queremos encontrar una solución que le resulte viable. Una opción es repartir el saldo pendiente de {{totalOutstanding}} en {{installmentCount}} plazos mensuales:\n\n{{installmentTable}}\n\nEl primer plazo, de {{firstInstallmentAmount}}, vencería el {{firstInstallmentDate}}. Si le conviene otro calendario, responda a este correo y lo hablamos.\n\n${SIGN}`,
      sms: "{{firmName}}: gracias por avisarnos. Podemos repartir {{totalOutstanding}} en plazos mensuales, el primero de {{firstInstallmentAmount}} el {{firstInstallmentDate}}. {{senderName}}",
    },
    paid: {
      subject: "Su pago",
      body: `Estimado/a {{contactName}}:\n\nGracias por avisarnos de su pago. En cuanto llegue a nuestra cuenta, lo conciliaremos con las facturas pendientes de {{clientName}} y se lo confirmaremos por escrito.\n\nSi dispone del detalle del pago (las facturas que cubre), le agradeceremos que nos lo envíe respondiendo a este correo para aplicarlo correctamente.\n\n${SIGN}`,
      sms: "{{firmName}}: gracias por avisarnos. Conciliaremos su pago en cuanto nos llegue y se lo confirmaremos. {{senderName}}",
    },
    remittance: {
      subject: "Detalle de su pago",
      body: `Estimado/a {{contactName}}:\n\nGracias por el detalle del pago. Lo utilizaremos para aplicar el pago a las facturas correctas de {{clientName}} en cuanto llegue a nuestra cuenta, y se lo confirmaremos por escrito una vez aplicado.\n\n${SIGN}`,
      sms: "{{firmName}}: gracias por el detalle del pago. Lo aplicaremos en cuanto nos llegue y se lo confirmaremos. {{senderName}}",
    },
    "wrong-contact": {
      subject: "¿A quién debemos dirigirnos?",
      body: `Buenos días:\n\nGracias por avisarnos, y disculpe que le hayamos escrito por error. ¿Podría indicarnos quién se ocupa de nuestras facturas en {{clientName}}, con su nombre y dirección de correo electrónico? Actualizaremos nuestros datos.\n\n${SIGN}`,
      sms: "{{firmName}}: gracias, y disculpe la molestia. ¿A quién de {{clientName}} debemos escribir? {{senderName}}",
    },
  },
};
